/**
 * The nodes and edges arrays handed to Vue Flow, patched in place when possible.
 *
 * Handing Vue Flow new arrays makes it rebuild every node and edge (`setNodes`, `setEdges`), and
 * its node rebuild is quadratic (a parent lookup by linear search for each node): 100-600 ms at
 * 1000 jobs. Most edits change, add, remove or rename a few cards (a form edit, a dropped card, a
 * job renamed while typing in the JSON), so only those are written onto Vue Flow's own elements
 * (patchNodes, patchEdges), and the arrays it was given keep their identity.
 *
 * One watcher for both, cards first: an edge can only be added once its cards are there. When
 * the cards are handed over whole, Vue Flow takes them in its own watcher later, so the edges are
 * handed over whole too (it takes nodes before edges).
 */
import { shallowRef, watch, type Ref } from 'vue'
import type { Edge, Node } from '@vue-flow/core'
import { patchNodes } from './patchNodes'
import { patchEdges } from './patchEdges'

export function useFlowElements<T extends Node>(
  nodes: Readonly<Ref<T[]>>,
  edges: Readonly<Ref<Edge[]>>,
  flow: Parameters<typeof patchNodes>[2] & Parameters<typeof patchEdges>[2],
  onMoved: () => void,
) {
  const shownNodes = shallowRef<T[]>(nodes.value)
  const shownEdges = shallowRef<Edge[]>(edges.value)
  watch([nodes, edges], ([nextNodes, nextEdges], [prevNodes, prevEdges]) => {
    let wholeNodes = false
    if (nextNodes !== prevNodes && !patchNodes(prevNodes, nextNodes, flow, onMoved)) {
      shownNodes.value = nextNodes
      wholeNodes = true
    }
    if (nextEdges !== prevEdges && (wholeNodes || !patchEdges(prevEdges, nextEdges, flow)))
      shownEdges.value = nextEdges
  })
  return { nodes: shownNodes, edges: shownEdges }
}
