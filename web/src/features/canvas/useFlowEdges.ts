/**
 * The edges handed to Vue Flow, patched in place when possible (as patchNodes does for cards):
 * Vue Flow's `setEdges` rebuilds every edge object, ~150 ms at 1000 jobs and 1900 edges, paid on
 * every keystroke that renamed a job (its edges' ids change).
 */
import type { Edge, VueFlowStore } from '@vue-flow/core'
import { diffById } from './useFlowNodes'

type EdgeFlow = Pick<VueFlowStore, 'findEdge' | 'findNode' | 'addEdges' | 'removeEdges'>

/** False when the whole array must be handed over instead. */
export function patchEdges(prev: readonly Edge[], next: readonly Edge[], flow: EdgeFlow) {
  const diff = diffById(prev, next)
  // Vue Flow must hold every edge to patch, and the cards at both ends of every edge to add.
  const ready =
    diff &&
    diff.changed.every((e) => flow.findEdge(e.id)) &&
    diff.removed.every((id) => flow.findEdge(id)) &&
    diff.added.every((e) => flow.findNode(e.source) && flow.findNode(e.target))
  if (!diff || !ready) return false
  for (const edge of diff.changed) Object.assign(flow.findEdge(edge.id)!, edge)
  if (diff.removed.length) flow.removeEdges(diff.removed)
  if (diff.added.length) flow.addEdges(diff.added.map((e) => ({ ...e })))
  return true
}
