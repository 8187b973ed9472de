/**
 * The Export menu's actions: the open document as an SVG or PNG picture of the whole graph (positions
 * from the canvas; jobs not on the canvas placed automatically), a Mermaid flowchart, or an Airflow
 * DAG. The texts come from domain/export, the same code as `executioner-studio export`.
 */
import { parseDocument } from '@/domain/document/parse'
import { fileStem } from '@/domain/diagnostics/structure'
import { toAirflowDag } from '@/domain/export/airflowDag'
import { exportGraph } from '@/domain/export/exportGraph'
import { toMermaid } from '@/domain/export/mermaid'
import { CARD_HEIGHT, CARD_WIDTH, graphSvg, type Theme } from '@/domain/export/picture'
import { completePositions } from '@/domain/export/placement'
import { pngSize } from '@/domain/export/pngSize'
import { computeLayout } from '@/features/canvas/autoLayout'
import { useDocumentStore } from '@/stores/document'
import { useLayoutStore } from '@/stores/layout'
import { useUiStore } from '@/stores/ui'
import { download, svgToPngBlob } from './download'

export type ExportFormat = 'svg' | 'png' | 'mermaid' | 'airflow'

export function useExport() {
  const doc = useDocumentStore()
  const layout = useLayoutStore()
  const ui = useUiStore()

  const fileName = () => doc.fileName ?? 'untitled.json'

  async function picture(theme: Theme) {
    const parsed = parseDocument(doc.text)
    const graph = exportGraph(parsed.model)
    const ids = graph.jobs.map((j) => j.id)
    const direction = layout.direction
    const missing = ids.some((id) => !layout.isPlaced(id))
    const automatic = missing ? await computeLayout(ids, graph.edges, direction) : {}
    const size = { width: CARD_WIDTH, height: CARD_HEIGHT }
    const positions = completePositions(ids, layout.positions, automatic, direction, size)
    return graphSvg(graph, { positions, direction, theme, title: fileName() })
  }

  async function exportAs(format: ExportFormat, theme: Theme): Promise<void> {
    const stem = fileStem(fileName())
    try {
      if (format === 'svg') {
        const { svg } = await picture(theme)
        download(new Blob([svg], { type: 'image/svg+xml' }), `${stem}.svg`)
      } else if (format === 'png') {
        const p = await picture(theme)
        const size = pngSize(p.width, p.height)
        download(await svgToPngBlob(p.svg, size.width, size.height), `${stem}.png`)
      } else if (format === 'mermaid') {
        const text = toMermaid(exportGraph(parseDocument(doc.text).model), { direction: layout.direction })
        download(new Blob([text], { type: 'text/plain' }), `${stem}.mmd`)
      } else {
        const dag = toAirflowDag(parseDocument(doc.text), { fileName: fileName() })
        if (!dag.ok) {
          const n = dag.diagnostics.length
          ui.toast(
            `Not exported: the engine refuses this config (${n} error${n === 1 ? '' : 's'}, listed in Problems).`,
            'error',
          )
          ui.problemsOpen = true
          return
        }
        download(new Blob([dag.text], { type: 'text/x-python' }), `${dag.dagId}.py`)
      }
    } catch (e) {
      ui.toast(`Export failed: ${(e as Error).message}`, 'error')
    }
  }

  return { exportAs }
}
