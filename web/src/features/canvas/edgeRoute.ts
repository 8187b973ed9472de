/**
 * Where an edge between two cards can run, as a few thin rectangles: the canvas draws an edge only
 * when one of them is in view.
 *
 * Vue Flow draws an edge when the box around its two cards is in view. In a layered graph many
 * dependencies span the whole drawing, so that box holds most of the view: at 1000 jobs the opening
 * view rendered 392 edges of which 277 pass through it, and 178 of which 66 once zoomed in (bench
 * shape "layered"); each edge is three components to mount while panning and zooming.
 *
 * Its smooth-step path leaves the source handle, turns at most four times and enters the target
 * handle. Between handles facing each other (our layouts: right → left, or bottom → top) it takes
 * one of two routes (Vue Flow's getPoints): through the middle between the handles when the target
 * lies ahead, or around, `offset` past each handle, when it lies behind. That route is covered,
 * widened by the offset, the corner radius and the arrowhead: an edge is never dropped while any of
 * it is in view (edgeRoute.test.ts checks this against Vue Flow's own paths).
 */
import { Position, getSmoothStepPath, type GraphNode } from '@vue-flow/core'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'
import { routeCorners } from './layoutQuality'
import type { Rect } from './miniMapGeometry'

export interface Point {
  x: number
  y: number
}

/** Vue Flow's smooth-step defaults: the straight run out of a handle, and the corner radius. */
const OFFSET = 20
const RADIUS = 5
/** Half the width of each covered band: the offset runs, the corners, the arrowhead (18 px) and stroke. */
const PAD = OFFSET + RADIUS + 12

/** The band around the segment from a to b (horizontal or vertical). */
function band(a: Point, b: Point): Rect {
  const x = Math.min(a.x, b.x) - PAD
  const y = Math.min(a.y, b.y) - PAD
  return { x, y, width: Math.abs(a.x - b.x) + 2 * PAD, height: Math.abs(a.y - b.y) + 2 * PAD }
}

/**
 * The bands covering the route from `source` to `target` (handle centres). `horizontal`: the
 * source handle faces right and the target's left (left-to-right layout); otherwise bottom → top.
 */
export function routeBands(source: Point, target: Point, horizontal: boolean): Rect[] {
  // One band per straight run of the route (layoutQuality.ts has the one copy of its corners).
  const corners = routeCorners(source, target, horizontal)
  return corners.slice(1).map((p, i) => band(corners[i]!, p))
}

/** A card's box in flow coordinates (its preset size until Vue Flow measures it); also the mini map's. */
export const boxOf = (n: GraphNode): Rect => ({
  x: n.computedPosition.x,
  y: n.computedPosition.y,
  width: n.dimensions.width || NODE_WIDTH,
  height: n.dimensions.height || NODE_HEIGHT,
})

/** The centre of a card's handle on one side (where Vue Flow starts or ends its edges). */
export function handlePoint(n: GraphNode, end: 'source' | 'target'): Point {
  const box = boxOf(n)
  const side = end === 'source' ? n.sourcePosition : n.targetPosition
  if (side === Position.Right) return { x: box.x + box.width, y: box.y + box.height / 2 }
  if (side === Position.Left) return { x: box.x, y: box.y + box.height / 2 }
  if (side === Position.Top) return { x: box.x + box.width / 2, y: box.y }
  return { x: box.x + box.width / 2, y: box.y + box.height }
}

/**
 * The SVG path of Vue Flow's smooth-step route between two handle points (with its defaults for the
 * sides): what JobEdge draws, and the sketch when zoomed far out.
 */
export function smoothStepPath(
  from: Point,
  to: Point,
  sourcePosition: Position | undefined,
  targetPosition: Position | undefined,
): string {
  return getSmoothStepPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: sourcePosition ?? Position.Bottom,
    targetX: to.x,
    targetY: to.y,
    targetPosition: targetPosition ?? Position.Top,
  })[0]
}
