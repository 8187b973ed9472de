/**
 * Every card's box, for the routes that go around cards (backEdgeRoute.ts): computed once per change
 * of the cards (a new raw node list), shared by every back edge drawn, the sketch and the culling.
 * The canvas provides the list's source; an edge reads it. Not through provide/inject: the edge layer
 * (CanvasEdgeLayer.ts) calls JobEdge inside a computed, outside any component, where inject finds
 * nothing. There is one canvas, so one shared source is enough.
 */
import { shallowRef, type ComputedRef } from 'vue'
import type { GraphNode } from '@vue-flow/core'
import type { Rect } from './miniMapGeometry'
import { boxOf } from './edgeRoute'

/** A card's box and its node id (an edge puts its own two cards' current boxes in their place). */
export type CardBox = Rect & { id: string }

const boxes = new WeakMap<readonly GraphNode[], CardBox[]>()

/** The boxes of `nodes` (raw Vue Flow nodes), the same array while the node list is the same. */
export function cardBoxesOf(nodes: readonly GraphNode[]): CardBox[] {
  let hit = boxes.get(nodes)
  if (!hit) boxes.set(nodes, (hit = nodes.map((n) => ({ ...boxOf(n), id: n.id }))))
  return hit
}

/**
 * The obstacles of the edge between `source` and `target`: the other cards as last listed, its own
 * two where they are now (while one is dragged, the list has its old place).
 */
export function obstaclesOf(all: readonly CardBox[], source: GraphNode, target: GraphNode): Rect[] {
  const others: Rect[] = all.filter((b) => b.id !== source.id && b.id !== target.id)
  others.push(boxOf(source), boxOf(target))
  return others
}

const source = shallowRef<ComputedRef<readonly GraphNode[]> | null>(null)

export function provideCardBoxes(rawNodes: ComputedRef<readonly GraphNode[]>) {
  source.value = rawNodes
}

/** The cards' boxes now; read during render (or in a computed), it re-runs the reader when cards move. */
export function useCardBoxes(): CardBox[] {
  const nodes = source.value
  return nodes ? cardBoxesOf(nodes.value) : []
}
