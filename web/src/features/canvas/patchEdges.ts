/**
 * The edges handed to Vue Flow, patched in place when possible (as patchNodes does for cards):
 * Vue Flow's `setEdges` rebuilds every edge object, ~150 ms at 1000 jobs and 1900 edges, paid on
 * every keystroke that renamed a job (its edges' ids change).
 */
import type { Edge, GraphEdge, VueFlowStore } from '@vue-flow/core'
import { toRaw } from 'vue'
import { createChangeBatch } from './changeBatch'
import { diffById } from './patchNodes'
import { plainEdges, withReplaced } from './rawEdges'

type EdgeFlow = Pick<
  VueFlowStore,
  'edges' | 'findEdge' | 'findNode' | 'addEdges' | 'removeEdges' | 'applyEdgeChanges'
>

/** What canvasEdges.buildEdges can change on an edge that keeps its id (the rest follows from the id). */
const shownAlike = (a: Edge, b: Edge) =>
  (a as { selected?: boolean }).selected === (b as { selected?: boolean }).selected &&
  a.zIndex === b.zIndex &&
  a.ariaLabel === b.ariaLabel &&
  a.class === b.class &&
  a.animated === b.animated

/** The edges Vue Flow adds and removes while a patch is written (changeBatch.ts), stored plain. */
export const edgeBatch = createChangeBatch<GraphEdge>(plainEdges)

/**
 * Vue Flow's `applyEdgeChanges` also rebuilds its index of the edges at each handle
 * (updateConnectionLookup) through reactive Maps: ~30 ms at 1900 edges, on every keystroke that
 * renames a job. Only box selection (which edges join the boxed cards) and handle connection
 * queries read that index, so after a patch it is rebuilt once the page is idle (applying no change
 * rebuilds it).
 */
let reindexPending = false
function reindexWhenIdle(flow: EdgeFlow) {
  if (reindexPending) return
  reindexPending = true
  const reindex = () => {
    reindexPending = false
    flow.applyEdgeChanges([])
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(reindex, { timeout: 1000 })
  else setTimeout(reindex, 0)
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
  const changed = edgeBatch.run(flow.edges, () => {
    if (diff.removed.length) flow.removeEdges(diff.removed)
    if (diff.added.length) flow.addEdges(diff.added.map((e) => ({ ...e })))
  })
  if (changed) reindexWhenIdle(flow)
  // Vue Flow's edges are plain objects (rawEdges.ts): a changed edge is replaced, not written into.
  if (diff.changed.length)
    flow.edges.value = withReplaced(toRaw(flow.edges.value), new Map(diff.changed.map((e) => [e.id, e])))
  return true
}
