/**
 * Canvas keyboard: delete, copy/paste/duplicate, arrow-key moves, select all, fit and focus. Never
 * while typing. F focuses the selected job (the whole graph when none is selected); Shift+F fits;
 * L shows or hides the selected job's lineage.
 */
import type { VueFlowStore } from '@vue-flow/core'
import { useShortcuts } from '@/composables/useShortcuts'
import { useDocumentStore } from '@/stores/document'
import { useLayoutStore } from '@/stores/layout'
import { useSelectionStore } from '@/stores/selection'
import { jobIdOf } from './canvasGraph'
import { useCanvasCommands } from './useCanvasCommands'
import { useCanvasSelection } from './useCanvasSelection'
import { toggleLineage } from './useLineage'

const STEP = 8
const BIG_STEP = 40

export function useCanvasKeys(options: {
  fit: () => void
  focus: (jobId: string) => void
  flow: VueFlowStore
}) {
  const doc = useDocumentStore()
  const layout = useLayoutStore()
  const selection = useSelectionStore()
  const commands = useCanvasCommands()
  const { selectedEdges } = useCanvasSelection()
  const placedSelection = () => selection.jobIds.filter((id) => layout.isPlaced(id))
  const hasJobs = () => selection.jobIds.length > 0
  const move = (dx: number, dy: number) => () => commands.nudge(placedSelection(), dx, dy)

  function removeSelection() {
    const links = selectedEdges.value.flatMap((id) => {
      const edge = options.flow.findEdge(id)
      return edge ? [{ from: jobIdOf(edge.source), to: jobIdOf(edge.target) }] : []
    })
    if (selection.jobIds.length > 0) commands.remove(selection.jobIds)
    else commands.unlink(links)
    selectedEdges.value = []
  }

  // The canvas is mounted (hidden) before any file is open: its keys wait for one.
  useShortcuts(() => (doc.isOpen ? canvasShortcuts() : []))

  const canvasShortcuts = () => [
    {
      keys: 'delete|backspace',
      run: removeSelection,
      when: () => hasJobs() || selectedEdges.value.length > 0,
    },
    { keys: 'mod+c', run: () => commands.copy(selection.jobIds), when: hasJobs },
    { keys: 'mod+v', run: () => commands.paste() },
    { keys: 'mod+d', run: () => commands.duplicate(selection.jobIds), when: hasJobs },
    {
      keys: 'mod+a',
      run: () =>
        selection.selectJobs(
          doc.view.model.jobs.flatMap((j) => (j.id !== undefined && layout.isPlaced(j.id) ? [j.id] : [])),
        ),
    },
    {
      keys: 'escape',
      run: () => ((selectedEdges.value = []), selection.clear()),
      when: () => hasJobs() || selectedEdges.value.length > 0,
    },
    {
      keys: 'f',
      run: () => (selection.primaryJobId ? options.focus(selection.primaryJobId) : options.fit()),
    },
    { keys: 'shift+f', run: options.fit },
    { keys: 'l', run: toggleLineage },
    { keys: 'arrowleft', run: move(-STEP, 0), when: hasJobs },
    { keys: 'arrowright', run: move(STEP, 0), when: hasJobs },
    { keys: 'arrowup', run: move(0, -STEP), when: hasJobs },
    { keys: 'arrowdown', run: move(0, STEP), when: hasJobs },
    { keys: 'shift+arrowleft', run: move(-BIG_STEP, 0), when: hasJobs },
    { keys: 'shift+arrowright', run: move(BIG_STEP, 0), when: hasJobs },
    { keys: 'shift+arrowup', run: move(0, -BIG_STEP), when: hasJobs },
    { keys: 'shift+arrowdown', run: move(0, BIG_STEP), when: hasJobs },
  ]
}
