/**
 * The canvas's smooth-step edge as plain TypeScript, for pictures drawn outside Vue (the export, the
 * command line). Vue Flow's `getSmoothStepPath` for handles facing each other (source right → target
 * left, or bottom → top): out of the source `offset` px, through the middle between the handles when
 * the target lies ahead, around at mid-height when it lies behind, into the target; corners rounded.
 * smoothStep.test.ts checks it against Vue Flow's own paths.
 */
export interface Point {
  x: number
  y: number
}

const OFFSET = 20
const RADIUS = 5

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y)

/** One corner, as Vue Flow draws it (a line to the start of the curve, a quadratic curve round it). */
function bend(a: Point, b: Point, c: Point, size: number): string {
  const r = Math.min(distance(a, b) / 2, distance(b, c) / 2, size)
  const { x, y } = b
  if ((a.x === x && x === c.x) || (a.y === y && y === c.y)) return `L${x} ${y}`
  if (a.y === y) {
    const xDir = a.x < c.x ? -1 : 1
    const yDir = a.y < c.y ? 1 : -1
    return `L ${x + r * xDir},${y}Q ${x},${y} ${x},${y + r * yDir}`
  }
  const xDir = a.x < c.x ? 1 : -1
  const yDir = a.y < c.y ? -1 : 1
  return `L ${x},${y + r * yDir}Q ${x},${y} ${x + r * xDir},${y}`
}

/** The corner points of the route from `source` to `target` (handle centres). */
export function smoothStepPoints(source: Point, target: Point, horizontal: boolean): Point[] {
  // Written for left-to-right; top-to-bottom is the same with x and y swapped.
  const flip = (p: Point): Point => (horizontal ? p : { x: p.y, y: p.x })
  const s = flip(source)
  const t = flip(target)
  const out = { x: s.x + OFFSET, y: s.y }
  const into = { x: t.x - OFFSET, y: t.y }
  const midX = (s.x + t.x) / 2
  const midY = (s.y + t.y) / 2
  const middle =
    out.x < into.x
      ? [
          { x: midX, y: out.y },
          { x: midX, y: into.y },
        ]
      : [
          { x: out.x, y: midY },
          { x: into.x, y: midY },
        ]
  return [s, out, ...middle, into, t].map(flip)
}

/** The SVG path data of the smooth-step edge between two handle centres. */
export function smoothStepPath(source: Point, target: Point, horizontal: boolean): string {
  const points = smoothStepPoints(source, target, horizontal)
  return points
    .map((p, i) =>
      i > 0 && i < points.length - 1
        ? bend(points[i - 1]!, p, points[i + 1]!, RADIUS)
        : `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`,
    )
    .join('')
}
