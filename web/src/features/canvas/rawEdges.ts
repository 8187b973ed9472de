/**
 * Vue Flow's edges are kept as plain objects (`markRaw`), not behind Vue's reactive proxies.
 *
 * Vue Flow renders no edge here (CanvasEdgeLayer.ts draws them), but its store still walks every
 * edge whenever one comes or goes (a job renamed while typing in the JSON is a few of each): its
 * edge lookup, its marker definitions (each edge's two markers), the copy handed back as the
 * `edges` model. Through proxies each of those reads is a tracked property access: ~8 000 per
 * keystroke at 1900 edges, with the dependency bookkeeping they bring (bench, keystroke phase).
 * Plain objects, in a plain array, make them ordinary reads and loops.
 *
 * The price: writing into an edge, or into the array, notifies no one. So neither is changed in
 * place: a changed edge is replaced by a new object in a new array (patchEdges.ts), edges come and
 * go in a new array (changeBatch.ts), and everything showing edges depends on the array. Any array
 * Vue Flow builds itself (the edges <VueFlow> mounts with, `setEdges`) is made plain as it arrives.
 */
import { markRaw, toRaw, watch } from 'vue'
import type { GraphEdge, VueFlowStore } from '@vue-flow/core'

/** The edges and edge arrays made plain here (Vue keeps its own mark internal). */
const plain = new WeakSet<object>()

/** The edge as a plain object that Vue never proxies. */
export function plainEdge(edge: GraphEdge): GraphEdge {
  const raw = markRaw(toRaw(edge))
  plain.add(raw)
  return raw
}

/** The array, and every edge in it, made plain (in place). */
export function plainEdges(edges: GraphEdge[]): GraphEdge[] {
  for (let i = 0; i < edges.length; i++) if (!plain.has(edges[i]!)) edges[i] = plainEdge(edges[i]!)
  plain.add(markRaw(edges))
  return edges
}

/** `current` with the edges of `replacements` (by id) as new objects, in their places: a new plain array. */
export function withReplaced(
  current: readonly GraphEdge[],
  replacements: ReadonlyMap<string, Partial<GraphEdge>>,
): GraphEdge[] {
  return plainEdges(
    current.map((edge) => {
      const changes = replacements.get(edge.id)
      return changes ? { ...toRaw(edge), ...changes } : edge
    }),
  )
}

/**
 * Whenever Vue Flow's edge array is replaced by one not made plain here, a plain copy replaces it,
 * so that its lookups are rebuilt from plain objects. Synchronously: before anything renders from
 * the proxied ones.
 */
export function useRawEdges(flow: VueFlowStore) {
  watch(
    flow.edges,
    (edges) => {
      const current = toRaw(edges)
      if (!plain.has(current)) flow.edges.value = plainEdges([...current])
    },
    { flush: 'sync', immediate: true },
  )
}
