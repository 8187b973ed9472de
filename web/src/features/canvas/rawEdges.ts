/**
 * Vue Flow's edges are kept as plain objects (`markRaw`), not behind Vue's reactive proxies.
 *
 * Vue Flow renders no edge here (CanvasEdgeLayer.ts draws them), but its store still walks every
 * edge whenever one comes or goes (a job renamed while typing in the JSON is a few of each): its
 * edge lookup, its marker definitions (each edge's two markers), the copy handed back as the
 * `edges` model. Through proxies each of those reads is a tracked property access: ~8 000 per
 * keystroke at 1900 edges, with the dependency bookkeeping they bring (bench, keystroke phase).
 * Plain objects make them ordinary reads.
 *
 * The price: writing into an edge notifies no one. So an edge is never changed in place; a changed
 * edge is replaced by a new object in a new array (patchEdges.ts), which everything showing edges
 * depends on. Edges enter Vue Flow's store by `setEdges` (the whole array) or as additions
 * collected by `edgeBatch` (patchEdges.ts), both of which store them plain.
 */
import { markRaw, toRaw } from 'vue'
import type { GraphEdge, VueFlowStore } from '@vue-flow/core'

/** The edge as a plain object that Vue never proxies. */
export const plainEdge = (edge: GraphEdge): GraphEdge => markRaw(toRaw(edge))

/** `current` with the edges of `replacements` (by id) as new plain objects, in their places. */
export function withReplaced(
  current: readonly GraphEdge[],
  replacements: ReadonlyMap<string, Partial<GraphEdge>>,
): GraphEdge[] {
  return current.map((edge) => {
    const changes = replacements.get(edge.id)
    return changes ? plainEdge({ ...toRaw(edge), ...changes }) : edge
  })
}

/**
 * Makes the edges Vue Flow builds in `setEdges` plain. Replaces `setEdges` on Vue Flow's store
 * before <VueFlow> renders: its watcher of the `edges` prop calls it through the store (checked
 * against @vue-flow/core 1.48.2, pinned).
 */
export function useRawEdges(flow: VueFlowStore) {
  const store = flow as unknown as { setEdges: VueFlowStore['setEdges'] }
  const setEdges = store.setEdges
  store.setEdges = (edges) => {
    setEdges(edges)
    // Its own lookups read the new edges once already, through proxies: a new array has them
    // rebuilt from the plain objects.
    flow.edges.value = toRaw(flow.edges.value).map(plainEdge)
  }
}
