/**
 * Whether an edge's route may be in view (edgeRoute.ts), remembered per edge while its two cards
 * stay where they are.
 *
 * The canvas asks this for every edge whenever the view moves or the edges change: each pan step,
 * and each keystroke that renames a job. Working out a route's bands from its cards made some ten
 * small objects per edge, 1900 edges at 1000 jobs, for a route that had not changed. Now a route is
 * worked out again only when one of its cards moved, was resized or turned; most edges are then
 * ruled out by the box around their bands alone.
 */
import { Position, type GraphNode } from '@vue-flow/core'
import type { Rect } from './miniMapGeometry'
import { boxOf, handlePoint, routeBands } from './edgeRoute'
import { aroundCard } from './badEdgeRoute'
import { backEdgeRoute } from './backEdgeRoute'
import { obstaclesOf, type CardBox } from './cardBoxes'

/** Whether two rectangles share any area (a card partly in view is rendered). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

const bandAround = (a: { x: number; y: number }, b: { x: number; y: number }, pad = 24): Rect => ({
  x: Math.min(a.x, b.x) - pad,
  y: Math.min(a.y, b.y) - pad,
  width: Math.abs(a.x - b.x) + 2 * pad,
  height: Math.abs(a.y - b.y) + 2 * pad,
})

/** The box around rectangles. */
function boundsOf(rects: readonly Rect[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const r of rects) {
    x0 = Math.min(x0, r.x)
    y0 = Math.min(y0, r.y)
    x1 = Math.max(x1, r.x + r.width)
    y1 = Math.max(y1, r.y + r.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/**
 * What a route depends on: both cards' places, sizes and handle sides (geometryOf), compared field by
 * field without building a new key: this runs for every edge on every pan step.
 */
function sameGeometry(key: readonly unknown[], source: GraphNode, target: GraphNode): boolean {
  return (
    key[0] === source.computedPosition.x &&
    key[1] === source.computedPosition.y &&
    key[2] === source.dimensions.width &&
    key[3] === source.dimensions.height &&
    key[4] === source.sourcePosition &&
    key[5] === target.computedPosition.x &&
    key[6] === target.computedPosition.y &&
    key[7] === target.dimensions.width &&
    key[8] === target.dimensions.height &&
    key[9] === target.targetPosition
  )
}

const geometryOf = (source: GraphNode, target: GraphNode): unknown[] => [
  source.computedPosition.x,
  source.computedPosition.y,
  source.dimensions.width,
  source.dimensions.height,
  source.sourcePosition,
  target.computedPosition.x,
  target.computedPosition.y,
  target.dimensions.width,
  target.dimensions.height,
  target.targetPosition,
]

interface Route {
  key: unknown[]
  bands: Rect[]
  bounds: Rect
}

/** The bands an edge's drawing stays within, as the renderers route it. */
function bandsOf(source: GraphNode, target: GraphNode, aroundCards: CardBox[] | null): Rect[] {
  // A job's loop to itself, or a missing dependency's stub: drawn around its one card (badEdgeRoute.ts).
  if (source === target) return [aroundCard(boxOf(source))]
  const horizontal = source.sourcePosition === Position.Right
  const [from, to] = [handlePoint(source, 'source'), handlePoint(target, 'target')]
  // A cycle's back edge runs around the cards (backEdgeRoute.ts): its own corners, widened a little.
  const back = aroundCards && backEdgeRoute(from, to, horizontal, obstaclesOf(aroundCards, source, target))
  if (back) return back.points.slice(1).map((p, i) => bandAround(back.points[i]!, p))
  return routeBands(from, to, horizontal)
}

/**
 * A culler for one canvas. `aroundCards`: the cards a cycle's back edge goes around, for a cycle's
 * edge only (its route depends on every card, so it is never remembered).
 */
export function createEdgeCuller() {
  const routes = new Map<string, Route>()
  return {
    inView(id: string, source: GraphNode, target: GraphNode, rect: Rect, aroundCards: CardBox[] | null) {
      if (aroundCards) return bandsOf(source, target, aroundCards).some((band) => overlaps(band, rect))
      let route = routes.get(id)
      if (!route || !sameGeometry(route.key, source, target)) {
        const bands = bandsOf(source, target, null)
        route = { key: geometryOf(source, target), bands, bounds: boundsOf(bands) }
        routes.set(id, route)
      }
      return overlaps(route.bounds, rect) && route.bands.some((band) => overlaps(band, rect))
    },
    /** Forget the edges no longer drawn (deleted, or renamed with their job). */
    keepOnly(edges: readonly { id: string }[]) {
      if (routes.size <= edges.length) return
      const ids = new Set(edges.map((e) => e.id))
      for (const id of routes.keys()) if (!ids.has(id)) routes.delete(id)
    },
  }
}
