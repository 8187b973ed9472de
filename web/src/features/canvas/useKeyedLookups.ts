/**
 * Vue Flow's `findNode` and `findEdge`, tracked per id.
 *
 * Vue Flow looks nodes and edges up in Maps it rebuilds (computed) whenever its node or edge array
 * changes. Every rendered edge calls `findNode` for both its ends in its render function, so a card
 * added or removed anywhere (a job renamed while typing in the JSON is one of each) re-rendered every
 * edge in view: ~35 ms per keystroke at 1000 jobs (bench profile, phase keystroke). Here the lookups
 * are mirrored into `shallowReactive` Maps updated by difference, synchronously after each change
 * of Vue Flow's own Maps: a reader depends on the ids it asked for only.
 *
 * The functions replace `findNode`/`findEdge` on Vue Flow's store before <VueFlow> renders: its
 * node and edge components take them from the store at setup (checked against @vue-flow/core
 * 1.48.2, pinned). Vue Flow's internal actions keep their own lookups.
 */
import { shallowReactive, toRaw, watch, type Ref } from 'vue'
import type { GraphEdge, GraphNode, VueFlowStore } from '@vue-flow/core'

/** A Map that mirrors `source` (kept in step by `sync`); reads are tracked per key. */
export function keyedMirror<T>() {
  const mirror = shallowReactive(new Map<string, T>())
  function sync(source: ReadonlyMap<string, T>) {
    const current = toRaw(mirror)
    for (const id of [...current.keys()]) if (!source.has(id)) mirror.delete(id)
    // Only what changed goes through the reactive Map (which triggers the readers of that key): a
    // rename changes one card of 1000, and each reactive write costs a proxy trap and its checks.
    for (const [id, item] of source) if (current.get(id) !== item) mirror.set(id, item)
  }
  return { mirror, sync }
}

export function useKeyedLookups(flow: VueFlowStore) {
  const store = flow as unknown as {
    nodeLookup: Ref<Map<string, GraphNode>>
    edgeLookup: Ref<Map<string, GraphEdge>>
    findNode: (id: string | undefined | null) => GraphNode | undefined
    findEdge: (id: string | undefined | null) => GraphEdge | undefined
  }
  const nodes = keyedMirror<GraphNode>()
  const edges = keyedMirror<GraphEdge>()
  // Synchronously: callers look a card up right after adding it (patchEdges does).
  watch(store.nodeLookup, nodes.sync, { flush: 'sync', immediate: true })
  watch(store.edgeLookup, edges.sync, { flush: 'sync', immediate: true })
  store.findNode = (id) => (id == null ? undefined : nodes.mirror.get(id))
  store.findEdge = (id) => (id == null ? undefined : edges.mirror.get(id))
}
