/**
 * The edges handed to Vue Flow, patched in place when possible (as patchNodes does for cards):
 * Vue Flow's `setEdges` rebuilds every edge object, ~150 ms at 1000 jobs and 1900 edges, paid on
 * every keystroke that renamed a job (its edges' ids change).
 */
import type { Edge, EdgeChange, VueFlowStore } from '@vue-flow/core'
import { diffById } from './patchNodes'

type EdgeFlow = Pick<VueFlowStore, 'findEdge' | 'findNode' | 'addEdges' | 'removeEdges' | 'applyEdgeChanges'>

/** What canvasGraph.buildEdges can change on an edge that keeps its id (the rest follows from the id). */
const shownAlike = (a: Edge, b: Edge) =>
  (a as { selected?: boolean }).selected === (b as { selected?: boolean }).selected &&
  a.zIndex === b.zIndex &&
  a.ariaLabel === b.ariaLabel

/**
 * Structural changes Vue Flow reports while a patch is written, applied together at its end:
 * each application re-indexes every edge (updateConnectionLookup).
 */
let batch: EdgeChange[] | null = null

/** Called by the canvas's edges-change handler: true when the change is kept for the batch. */
export function deferredToBatch(changes: EdgeChange[]): boolean {
  if (!batch) return false
  batch.push(...changes)
  return true
}

/** False when the whole array must be handed over instead. */
export function patchEdges(prev: readonly Edge[], next: readonly Edge[], flow: EdgeFlow) {
  const diff = diffById(prev, next)
  if (diff) {
    // buildEdges makes new objects each time: only those that look different need writing.
    const before = new Map(prev.map((e) => [e.id, e]))
    diff.changed = diff.changed.filter((e) => !shownAlike(before.get(e.id)!, e))
  }
  // Vue Flow must hold every edge to patch, and the cards at both ends of every edge to add.
  const ready =
    diff &&
    diff.changed.every((e) => flow.findEdge(e.id)) &&
    diff.removed.every((id) => flow.findEdge(id)) &&
    diff.added.every((e) => flow.findNode(e.source) && flow.findNode(e.target))
  if (!diff || !ready) return false
  for (const edge of diff.changed) Object.assign(flow.findEdge(edge.id)!, edge)
  batch = []
  try {
    if (diff.removed.length) flow.removeEdges(diff.removed)
    if (diff.added.length) flow.addEdges(diff.added.map((e) => ({ ...e })))
  } finally {
    const changes = batch
    batch = null
    if (changes.length) flow.applyEdgeChanges(changes)
  }
  return true
}
