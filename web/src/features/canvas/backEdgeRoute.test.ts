import { describe, expect, it } from 'vitest'
import { backEdgePath, backEdgeRoute, crosses, runsBack } from './backEdgeRoute'
import type { Rect } from './miniMapGeometry'
import type { Point } from './edgeRoute'

const W = 240
const H = 112
const card = (x: number, y: number): Rect => ({ x, y, width: W, height: H })
/** Handles of a card: left to right, out on the right and in on the left; top to bottom, bottom and top. */
const outLR = (c: Rect): Point => ({ x: c.x + c.width, y: c.y + c.height / 2 })
const inLR = (c: Rect): Point => ({ x: c.x, y: c.y + c.height / 2 })
const outTB = (c: Rect): Point => ({ x: c.x + c.width / 2, y: c.y + c.height })
const inTB = (c: Rect): Point => ({ x: c.x + c.width / 2, y: c.y })

/** Which cards a route's segments pass through (its ends touch only their own cards' sides). */
function crossed(points: readonly Point[], boxes: readonly Rect[]): Rect[] {
  const shrunk = boxes.map((b) => ({ x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 }))
  return shrunk.filter((box) => points.slice(1).some((p, i) => crosses(points[i]!, p, box)))
}
const isOrthogonal = (points: readonly Point[]) =>
  points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y)

describe('backEdgeRoute', () => {
  it('leaves a dependency that runs ahead to the usual route', () => {
    const [a, b] = [card(0, 0), card(320, 0)]
    expect(runsBack(outLR(a), inLR(b), true)).toBe(false)
    expect(backEdgeRoute(outLR(a), inLR(b), true, [a, b])).toBeNull()
  })

  it('runs a back edge along a row of cards around them, not through them', () => {
    // a → b → c → d in a row; a depends on d: the edge runs from d back to a.
    const row = [card(0, 0), card(320, 0), card(640, 0), card(960, 0)]
    const route = backEdgeRoute(outLR(row[3]!), inLR(row[0]!), true, row)!
    expect(route.points[0]).toEqual(outLR(row[3]!))
    expect(route.points.at(-1)).toEqual(inLR(row[0]!))
    expect(isOrthogonal(route.points)).toBe(true)
    expect(crossed(route.points, row)).toEqual([])
    // Out of the right side, into the left side, along a lane just above (or below) the row.
    expect(route.points[1]!.x).toBeGreaterThan(1200)
    expect(route.points.at(-2)!.x).toBeLessThan(0)
    expect(route.middle.y < 0 || route.middle.y > H).toBe(true)
    expect(Math.min(Math.abs(route.middle.y), Math.abs(route.middle.y - H))).toBeLessThan(60)
    expect(backEdgePath(route)).toMatch(/^M1200,56.*L0,56$/)
  })

  it('takes the shorter side of a column of cards, and clears every card in the way', () => {
    // Three columns of three; the middle column is taller below. c1 (right) depends back on a1 (left).
    const grid = [0, 320, 640].flatMap((x) => [0, 160, 320].map((y) => card(x, y)))
    grid.push(card(320, 480), card(320, 640))
    const [from, to] = [grid[7]!, grid[1]!] // right column, middle row → left column, middle row
    const route = backEdgeRoute(outLR(from), inLR(to), true, grid)!
    expect(crossed(route.points, grid)).toEqual([])
    expect(route.middle.y).toBeLessThan(0) // above: the cards reach further down
  })

  it('turns past a card sitting where the edge would go out to the lane', () => {
    const [a, b] = [card(0, 0), card(320, 0)]
    const blocker = card(b.x + W + 10, -200) // just right of b, above its handle
    const below = card(b.x + W + 10, 200) // and another below
    const boxes = [a, b, blocker, below]
    const route = backEdgeRoute(outLR(b), inLR(a), true, boxes)!
    expect(crossed(route.points, boxes)).toEqual([])
    expect(isOrthogonal(route.points)).toBe(true)
  })

  it('top to bottom, runs beside the column instead', () => {
    const column = [card(0, 0), card(0, 200), card(0, 400)]
    const route = backEdgeRoute(outTB(column[2]!), inTB(column[0]!), false, column)!
    expect(route.points[0]).toEqual(outTB(column[2]!))
    expect(route.points.at(-1)).toEqual(inTB(column[0]!))
    expect(crossed(route.points, column)).toEqual([])
    expect(route.middle.x < 0 || route.middle.x > W).toBe(true)
  })

  it('routes every back edge of a generated layered graph clear of the cards', () => {
    // Eight columns of twelve cards; edges from the last columns back to the first ones.
    const boxes: Rect[] = []
    for (let col = 0; col < 8; col++)
      for (let row = 0; row < 12; row++) boxes.push(card(col * 320, row * 144))
    for (let from = 84; from < 96; from += 3)
      for (const to of [0, 5, 11]) {
        const route = backEdgeRoute(outLR(boxes[from]!), inLR(boxes[to]!), true, boxes)!
        expect(crossed(route.points, boxes), `${from} → ${to}`).toEqual([])
      }
  })
})
