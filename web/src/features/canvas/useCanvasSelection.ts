/**
 * Selection on the canvas ⇄ the selection store. Vue Flow reports select changes (click, Ctrl/Shift-
 * click, box selection); the store is the truth, so the JSON pane and the forms follow. Selected
 * edges are canvas-only state (they are what Delete removes besides jobs).
 */
import { ref } from 'vue'
import type { EdgeChange, NodeChange } from '@vue-flow/core'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { jobIdOf } from './canvasGraph'

const selectedEdges = ref<string[]>([])

export function useCanvasSelection() {
  const selection = useSelectionStore()
  const doc = useDocumentStore()
  /** Set while the canvas itself changes the selection, so it does not re-centre on its own clicks. */
  let ownChange = false

  function revealJob(id: string) {
    const index = doc.view.model.jobs.findIndex((j) => j.id === id)
    if (index >= 0) selection.reveal(`/jobs/${index}`)
  }

  function onNodeSelectChanges(changes: NodeChange[]) {
    const next = new Set(selection.jobIds)
    let touched = false
    for (const change of changes) {
      if (change.type !== 'select') continue
      touched = true
      if (change.selected) next.add(jobIdOf(change.id))
      else next.delete(jobIdOf(change.id))
    }
    if (!touched) return
    const ids = [...next]
    if (ids.length === selection.jobIds.length && ids.every((id) => selection.jobIds.includes(id))) return
    ownChange = true
    // Keep the order: the last one added is the primary (the inspector shows it).
    const added = ids.filter((id) => !selection.jobIds.includes(id))
    selection.selectJobs([...ids.filter((id) => !added.includes(id)), ...added])
    if (added.length === 1 && ids.length === 1) revealJob(added[0]!)
    queueMicrotask(() => (ownChange = false))
  }

  function onEdgeSelectChanges(changes: EdgeChange[]) {
    const next = new Set(selectedEdges.value)
    for (const change of changes) {
      if (change.type !== 'select') continue
      if (change.selected) next.add(change.id)
      else next.delete(change.id)
    }
    selectedEdges.value = [...next]
  }

  return { selectedEdges, onNodeSelectChanges, onEdgeSelectChanges, isOwnChange: () => ownChange, revealJob }
}
