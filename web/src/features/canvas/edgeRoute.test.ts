import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Position, getSmoothStepPath } from '@vue-flow/core'
import { routeBands, type Point } from './edgeRoute'
import { overlaps } from './edgeCulling'

const inside = (p: Point, bands: ReturnType<typeof routeBands>) =>
  bands.some((b) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height)

/** The points of an SVG path made of M, L and Q commands, with the midpoints of its straight runs. */
function pathPoints(d: string): Point[] {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number)
  const points: Point[] = []
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! })
  const mids = points.slice(1).map((p, i) => ({ x: (p.x + points[i]!.x) / 2, y: (p.y + points[i]!.y) / 2 }))
  return [...points, ...mids]
}

describe('routeBands', () => {
  it('cover every point of the smooth-step path Vue Flow draws between two handles', () => {
    const coordinate = fc.integer({ min: -3000, max: 3000 })
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, fc.boolean(), (sx, sy, tx, ty, lr) => {
        const [path] = getSmoothStepPath({
          sourceX: sx,
          sourceY: sy,
          targetX: tx,
          targetY: ty,
          sourcePosition: lr ? Position.Right : Position.Bottom,
          targetPosition: lr ? Position.Left : Position.Top,
        })
        const bands = routeBands({ x: sx, y: sy }, { x: tx, y: ty }, lr)
        for (const p of pathPoints(path))
          expect(inside(p, bands), `${JSON.stringify(p)} of ${path}`).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('leave out the parts of the box around a long edge that the edge never crosses', () => {
    // Left to right, from the top-left of a big drawing to its bottom-right.
    const bands = routeBands({ x: 0, y: 0 }, { x: 4000, y: 3000 }, true)
    const farCorner = { x: 3000, y: 200, width: 800, height: 600 }
    const onTheWay = { x: 1800, y: 1200, width: 800, height: 600 }
    expect(bands.some((b) => overlaps(b, farCorner))).toBe(false)
    expect(bands.some((b) => overlaps(b, onTheWay))).toBe(true)
  })
})
