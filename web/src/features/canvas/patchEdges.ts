/**
 * The edges handed to Vue Flow, patched in place when possible (as patchNodes does for cards):
 * Vue Flow's `setEdges` rebuilds every edge object, ~150 ms at 1000 jobs and 1900 edges, paid on
 * every keystroke that renamed a job (its edges' ids change).
 */
import { toRaw } from 'vue'
import type { Edge, EdgeChange, GraphEdge, VueFlowStore } from '@vue-flow/core'
import { diffById } from './patchNodes'

type EdgeFlow = Pick<
  VueFlowStore,
  'edges' | 'findEdge' | 'findNode' | 'addEdges' | 'removeEdges' | 'applyEdgeChanges'
>

/** What canvasGraph.buildEdges can change on an edge that keeps its id (the rest follows from the id). */
const shownAlike = (a: Edge, b: Edge) =>
  (a as { selected?: boolean }).selected === (b as { selected?: boolean }).selected &&
  a.zIndex === b.zIndex &&
  a.ariaLabel === b.ariaLabel

/**
 * Structural changes Vue Flow reports while a patch is written, applied together at its end.
 */
let batch: EdgeChange[] | null = null

/**
 * The batched changes written onto Vue Flow's edge array at once. Its `applyEdgeChanges` splices
 * the reactive array one change at a time (each splice shifts and re-triggers every later index)
 * and then rebuilds its index of the edges at each handle (updateConnectionLookup) through reactive
 * Maps: ~30 ms each at 1900 edges, on every keystroke that renames a job. Only box selection (which
 * edges join the boxed cards) and handle connection queries read that index, so it is rebuilt once
 * the page is idle (applying no change rebuilds it).
 */
function applyBatch(changes: EdgeChange[], flow: EdgeFlow) {
  const removed = new Set(changes.flatMap((c) => (c.type === 'remove' ? [c.id] : [])))
  const kept = toRaw(flow.edges.value).filter((e) => !removed.has(e.id))
  const present = new Set(kept.map((e) => e.id))
  for (const change of changes)
    if (change.type === 'add' && !present.has(change.item.id)) {
      kept.push(toRaw(change.item) as GraphEdge)
      present.add(change.item.id)
    }
  flow.edges.value = kept
  reindexWhenIdle(flow)
}

/** Called by the canvas's edges-change handler: true when the change is kept for the batch. */
export function deferredToBatch(changes: EdgeChange[]): boolean {
  if (!batch) return false
  batch.push(...changes)
  return true
}

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
  for (const edge of diff.changed) Object.assign(flow.findEdge(edge.id)!, edge)
  batch = []
  try {
    if (diff.removed.length) flow.removeEdges(diff.removed)
    if (diff.added.length) flow.addEdges(diff.added.map((e) => ({ ...e })))
  } finally {
    const changes = batch
    batch = null
    if (changes.length) applyBatch(changes, flow)
  }
  return true
}
