/**
 * `executioner-studio export FILE --format svg|png|mermaid|airflow [--theme light|dark]
 * [--direction LR|TB] [--layout POSITIONS.json] [-o OUT]`: the same pictures and texts as the app's
 * Export menu, from the same domain code. Without -o the result goes to standard output
 * (`> dags/NAME.py`). An Airflow export of a config the engine refuses fails (exit 1) and lists why.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseDocument } from '../src/domain/document/parse'
import { exportGraph } from '../src/domain/export/exportGraph'
import { toAirflowDag } from '../src/domain/export/airflowDag'
import { toMermaid } from '../src/domain/export/mermaid'
import { completePositions, type PositionMap } from '../src/domain/export/placement'
import { CARD_HEIGHT, CARD_WIDTH, graphSvg, type Theme } from '../src/domain/export/picture'
import type { CommandResult } from './output'

export const FORMATS = ['svg', 'png', 'mermaid', 'airflow'] as const
export type Format = (typeof FORMATS)[number]

export interface ExportArgs {
  file: string
  format: Format
  theme: Theme
  direction?: 'LR' | 'TB'
  /** A JSON file `{ "direction"?: "LR"|"TB", "positions": { "<job id>": { "x": n, "y": n } } }`. */
  layout?: string
  out?: string
}

function readLayout(path: string): { positions: PositionMap; direction?: 'LR' | 'TB' } {
  const value = JSON.parse(readFileSync(path, 'utf8')) as { positions?: unknown; direction?: unknown }
  const positions = value?.positions
  if (typeof positions !== 'object' || positions === null || Array.isArray(positions))
    throw new Error('expected { "positions": { "<job id>": { "x": 0, "y": 0 } } }')
  const direction = value.direction === 'TB' || value.direction === 'LR' ? value.direction : undefined
  return { positions: positions as PositionMap, ...(direction ? { direction } : {}) }
}

const fail = (message: string, code = 1): CommandResult => ({ stdout: '', stderr: `${message}\n`, code })

export async function exportCommand(args: ExportArgs): Promise<CommandResult> {
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (e) {
    return fail(`${args.file}: cannot read: ${(e as Error).message}`)
  }
  const doc = parseDocument(text)
  const fileName = basename(args.file)
  let output: string | Uint8Array

  if (args.format === 'airflow') {
    const dag = toAirflowDag(doc, { fileName })
    if (!dag.ok) {
      const lines = dag.diagnostics.map((d) => `  ${d.code}${d.path ? ` at ${d.path}` : ''}: ${d.message}`)
      return fail(`${args.file}: the engine refuses this config, so it is not exported:\n${lines.join('\n')}`)
    }
    output = dag.text
  } else {
    if (doc.syntaxErrors.length > 0)
      return fail(`${args.file} is not valid JSON; run "executioner-studio lint" for details`)
    let stored: ReturnType<typeof readLayout> = { positions: {} }
    if (args.layout) {
      try {
        stored = readLayout(args.layout)
      } catch (e) {
        return fail(`${args.layout}: not a layout file: ${(e as Error).message}`)
      }
    }
    const direction = args.direction ?? stored.direction ?? 'LR'
    const graph = exportGraph(doc.model)
    if (args.format === 'mermaid') {
      output = toMermaid(graph, { direction })
    } else {
      const ids = graph.jobs.map((j) => j.id)
      const missing = ids.some((id) => !stored.positions[id])
      // The canvas's placement for a freshly opened file (loaded only when some job has no position).
      const automatic = missing
        ? (await import('./layout')).automaticPositions(ids, graph.edges, direction)
        : {}
      const size = { width: CARD_WIDTH, height: CARD_HEIGHT }
      const positions = completePositions(ids, stored.positions, automatic, direction, size)
      const picture = graphSvg(graph, { positions, direction, theme: args.theme, title: fileName })
      output = args.format === 'svg' ? picture.svg : (await import('./png')).svgToPng(picture)
    }
  }

  if (args.out) {
    try {
      writeFileSync(args.out, output)
    } catch (e) {
      return fail(`${args.out}: cannot write: ${(e as Error).message}`)
    }
    return { stdout: '', code: 0 }
  }
  return typeof output === 'string' ? { stdout: output, code: 0 } : { stdout: '', bytes: output, code: 0 }
}
