/**
 * The shapes of dependencies that cannot be drawn as a route between two cards: a job that depends
 * on itself (a small loop around its own card, out of its source handle and back into its target
 * handle) and a dependency on a job that does not exist (a short stub into the target handle from
 * a "missing: <id>" marker). JobEdge draws them on the canvas, edgeSketch.ts when zoomed far out.
 */
import { Position } from '@vue-flow/core'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'
import type { Rect } from './miniMapGeometry'
import type { Point } from './edgeRoute'

/** How far the loop runs outside its card (less than half the layouts' gaps), and its corner radius. */
export const LOOP_OFFSET = 16
const CORNER = 8
/** Length of a missing dependency's stub, and the size of its marker's text. */
export const STUB_LENGTH = 22
/** The space between a missing dependency's marker and its card or stub. */
const MARKER_GAP = 6
const LABEL_HEIGHT = 20
const CHAR_WIDTH = 6.6
const LABEL_PADDING = 8
/** A longer id is shortened on its marker (the full text is the edge's accessible label). */
const MAX_LABEL_CHARS = 40
const MAX_LABEL_WIDTH = MAX_LABEL_CHARS * CHAR_WIDTH + 2 * LABEL_PADDING

/** The text of a missing dependency's marker. */
export function missingLabel(missingId: string): string {
  const text = `missing: ${missingId}`
  return text.length <= MAX_LABEL_CHARS ? text : `${text.slice(0, MAX_LABEL_CHARS - 1)}…`
}

/** A polyline through `points` with rounded corners (each turn is a right angle); also backEdgeRoute.ts. */
export function roundedPath(points: readonly Point[]): string {
  let d = `M${points[0]!.x},${points[0]!.y}`
  for (let i = 1; i < points.length - 1; i++) {
    const [a, p, b] = [points[i - 1]!, points[i]!, points[i + 1]!]
    const r = Math.min(CORNER, Math.hypot(p.x - a.x, p.y - a.y) / 2, Math.hypot(b.x - p.x, b.y - p.y) / 2)
    const toward = (q: Point) => {
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1
      return { x: p.x + ((q.x - p.x) / len) * r, y: p.y + ((q.y - p.y) / len) * r }
    }
    const before = toward(a)
    const after = toward(b)
    d += `L${before.x},${before.y}Q${p.x},${p.y} ${after.x},${after.y}`
  }
  const last = points[points.length - 1]!
  return `${d}L${last.x},${last.y}`
}

/**
 * A job depending on itself: from its source handle `from` around the card into its target handle
 * `to`. Left to right (source on the right) the loop passes over the card; top to bottom it passes
 * along the card's right side.
 */
export function selfLoopPath(from: Point, to: Point, sourcePosition: Position | undefined): string {
  const o = LOOP_OFFSET
  if (sourcePosition === Position.Right) {
    const above = from.y - NODE_HEIGHT / 2 - o
    return roundedPath([
      from,
      { x: from.x + o, y: from.y },
      { x: from.x + o, y: above },
      { x: to.x - o, y: above },
      { x: to.x - o, y: to.y },
      to,
    ])
  }
  const beside = from.x + NODE_WIDTH / 2 + o
  return roundedPath([
    from,
    { x: from.x, y: from.y + o },
    { x: beside, y: from.y + o },
    { x: beside, y: to.y - o },
    { x: to.x, y: to.y - o },
    to,
  ])
}

export interface MissingStub {
  /** The stub, from the marker to the target handle. */
  path: string
  /** The marker's box and the middle of its text. */
  label: Rect
  text: Point
}

/**
 * A dependency on a job that does not exist, drawn into the target handle `to`: a short stub from a
 * marker naming the missing id. The marker sits in the gap beside the card's entry side, where the
 * layouts leave room (the gap between layers is narrow): above the card's left corner left to
 * right, left of the top handle top to bottom.
 */
export function missingStub(to: Point, targetPosition: Position | undefined, missingId: string): MissingStub {
  const width = Math.round(missingLabel(missingId).length * CHAR_WIDTH + 2 * LABEL_PADDING)
  if (targetPosition === Position.Left) {
    const start = { x: to.x - STUB_LENGTH, y: to.y - NODE_HEIGHT / 2 - MARKER_GAP }
    const label = { x: start.x - MARKER_GAP, y: start.y - LABEL_HEIGHT, width, height: LABEL_HEIGHT }
    return {
      path: roundedPath([start, { x: start.x, y: to.y }, to]),
      label,
      text: { x: label.x + width / 2, y: label.y + LABEL_HEIGHT / 2 },
    }
  }
  const start = { x: to.x - MARKER_GAP, y: to.y - STUB_LENGTH }
  const label = { x: start.x - width, y: start.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT }
  return {
    path: roundedPath([start, { x: to.x, y: start.y }, to]),
    label,
    text: { x: label.x + width / 2, y: start.y },
  }
}

/**
 * Where a loop or stub at a card can be (the card's box widened on every side): the canvas renders
 * such an edge while any of it may be in view: the loop, or the stub with its longest marker.
 */
export function aroundCard(box: Rect): Rect {
  const pad = STUB_LENGTH + MAX_LABEL_WIDTH + LABEL_HEIGHT
  return { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad }
}
