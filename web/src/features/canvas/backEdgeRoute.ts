/**
 * The route of a dependency that runs against the flow (a cycle's back edge: the job it depends on
 * is drawn after it): around the cards instead of through them.
 *
 * Vue Flow's smooth-step route for a target behind its source runs across the middle, straight
 * through every card between them. Here it leaves the source's handle side, turns onto a lane just
 * outside all the cards between the two ends (above or below left to right, left or right top to
 * bottom, whichever is shorter and clear), runs back along it and comes in to the target's handle.
 * Where a card sits on the way out or in, the turn moves past it. Pure geometry: JobEdge, the sketch
 * and any other renderer draw the same route (`backEdgePath`), and the canvas culls with its bands.
 */
import type { Rect } from './miniMapGeometry'
import type { Point } from './edgeRoute'
import { roundedPath } from './badEdgeRoute'

/** The straight run out of a handle (Vue Flow's smooth-step offset), and the room kept around cards. */
const OFFSET = 20
const CLEARANCE = 12
/** Moves of a turn past cards in its way, at most (a pathological placement keeps the last try). */
const MAX_TRIES = 8

export interface BackEdgeRoute {
  /** The corners, from the source handle to the target handle. */
  points: Point[]
  /** The middle of the lane (where a label fits). */
  middle: Point
}

/** Whether the target's handle lies behind the source's, as Vue Flow decides to route around. */
export function runsBack(from: Point, to: Point, horizontal: boolean): boolean {
  return horizontal ? to.x - OFFSET < from.x + OFFSET : to.y - OFFSET < from.y + OFFSET
}

/** Whether the axis-aligned segment a-b passes through the inside of `box`. */
export function crosses(a: Point, b: Point, box: Rect): boolean {
  const [x0, x1] = a.x < b.x ? [a.x, b.x] : [b.x, a.x]
  const [y0, y1] = a.y < b.y ? [a.y, b.y] : [b.y, a.y]
  return x0 < box.x + box.width && x1 > box.x && y0 < box.y + box.height && y1 > box.y
}

const flipPoint = (p: Point): Point => ({ x: p.y, y: p.x })
const flipRect = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width })

/** Written left to right: out of the right side of the source, into the left side of the target. */
function routeLR(s: Point, t: Point, boxes: readonly Rect[]) {
  const hit = (a: Point, b: Point) => boxes.find((box) => crosses(a, b, box))
  let best: { points: Point[]; middle: Point; length: number; clear: boolean } | null = null
  for (const side of [-1, 1] as const) {
    let out = s.x + OFFSET
    let into = t.x - OFFSET
    let lane = s.y
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      // The lane clears every card between the two turns.
      const between = boxes.filter((b) => b.x < out + CLEARANCE && b.x + b.width > into - CLEARANCE)
      lane =
        side < 0
          ? Math.min(s.y, t.y, ...between.map((b) => b.y)) - CLEARANCE - OFFSET
          : Math.max(s.y, t.y, ...between.map((b) => b.y + b.height)) + CLEARANCE + OFFSET
      // A card on the way out to the lane or in from it: turn past it, and look at the lane again.
      const blockOut =
        hit({ x: s.x + 1, y: s.y }, { x: out, y: s.y }) ?? hit({ x: out, y: s.y }, { x: out, y: lane })
      const blockIn =
        hit({ x: into, y: lane }, { x: into, y: t.y }) ?? hit({ x: into, y: t.y }, { x: t.x - 1, y: t.y })
      if (!blockOut && !blockIn) break
      if (blockOut) out = blockOut.x + blockOut.width + CLEARANCE
      if (blockIn) into = blockIn.x - CLEARANCE
    }
    const points = [s, { x: out, y: s.y }, { x: out, y: lane }, { x: into, y: lane }, { x: into, y: t.y }, t]
    const clear = points.slice(1).every((p, i) => {
      const a = points[i]!
      // The ends touch their own cards: only the inside of the segments is checked there.
      const from = i === 0 ? { x: a.x + 1, y: a.y } : a
      const to = i === points.length - 2 ? { x: p.x - 1, y: p.y } : p
      return !hit(from, to)
    })
    const length =
      Math.abs(out - s.x) +
      Math.abs(lane - s.y) +
      Math.abs(out - into) +
      Math.abs(lane - t.y) +
      Math.abs(t.x - into)
    if (!best || (clear && !best.clear) || (clear === best.clear && length < best.length))
      best = { points, middle: { x: (out + into) / 2, y: lane }, length, clear }
  }
  return best!
}

/**
 * The route from the source handle `from` to the target handle `to` around `boxes` (the cards; the
 * two ends' own cards included), or null when the target lies ahead and the usual route serves.
 * `horizontal`: left to right (handles on the right and left sides); otherwise top to bottom.
 */
export function backEdgeRoute(
  from: Point,
  to: Point,
  horizontal: boolean,
  boxes: readonly Rect[],
): BackEdgeRoute | null {
  if (!runsBack(from, to, horizontal)) return null
  if (horizontal) {
    const { points, middle } = routeLR(from, to, boxes)
    return { points, middle }
  }
  const { points, middle } = routeLR(flipPoint(from), flipPoint(to), boxes.map(flipRect))
  return { points: points.map(flipPoint), middle: flipPoint(middle) }
}

/** The route as SVG path data, with rounded corners. */
export const backEdgePath = (route: BackEdgeRoute) => roundedPath(route.points)
