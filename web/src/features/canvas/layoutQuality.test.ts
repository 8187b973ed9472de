import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { layoutQuality, routeCorners, type QualityInput, type XY } from './layoutQuality'
import { routeBands } from './edgeRoute'

const CARD = { width: 240, height: 112 }
const edge = (from: string, to: string) => ({ from, to })

function lr(positions: Record<string, XY>, edges: QualityInput['edges']): QualityInput {
  return { positions, edges, direction: 'LR', ...CARD }
}

describe('layoutQuality', () => {
  it('counts two edges swapping places between two columns as one crossing', () => {
    const positions = {
      a1: { x: 0, y: 0 },
      a2: { x: 0, y: 200 },
      b1: { x: 304, y: 0 },
      b2: { x: 304, y: 200 },
    }
    const crossed = layoutQuality(lr(positions, [edge('a1', 'b2'), edge('a2', 'b1')]))
    // Each: 32 px out, 200 px down or up the shared channel, 32 px in.
    expect(crossed).toMatchObject({ edges: 2, crossings: 1, edgeLength: 528, behindCards: 0 })
    const parallel = layoutQuality(lr(positions, [edge('a1', 'b1'), edge('a2', 'b2')]))
    expect(parallel).toMatchObject({ crossings: 0, edgeLength: 128 })
  })

  it('counts a straight edge cutting through the turn of a longer one', () => {
    const positions = { a: { x: 0, y: 0 }, c: { x: 608, y: 400 }, p: { x: 0, y: 250 }, q: { x: 608, y: 250 } }
    const figures = layoutQuality(lr(positions, [edge('a', 'c'), edge('p', 'q')]))
    // a → c: 184 px out, 400 down at x = 424, 184 in; p → q: one straight run at y = 306 across it.
    expect(figures).toMatchObject({ crossings: 1, edgeLength: 768 + 368 })
    expect(figures).toMatchObject({ drawingWidth: 848, drawingHeight: 512 })
  })

  it('does not count edges leaving one card together as crossings', () => {
    const positions = {
      s: { x: 0, y: 200 },
      t1: { x: 304, y: 0 },
      t2: { x: 304, y: 200 },
      t3: { x: 304, y: 400 },
    }
    const figures = layoutQuality(lr(positions, [edge('s', 't1'), edge('s', 't2'), edge('s', 't3')]))
    expect(figures.crossings).toBe(0)
  })

  it('counts the cards a long edge is drawn through, not its own two', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 304, y: 0 }, c: { x: 608, y: 0 } }
    const figures = layoutQuality(lr(positions, [edge('a', 'c'), edge('a', 'b'), edge('b', 'c')]))
    expect(figures.behindCards).toBe(1)
  })

  it('measures top-to-bottom layouts along their own sides', () => {
    const positions = {
      a1: { x: 0, y: 0 },
      a2: { x: 400, y: 0 },
      b1: { x: 0, y: 176 },
      b2: { x: 400, y: 176 },
    }
    const figures = layoutQuality({
      positions,
      edges: [edge('a1', 'b2'), edge('a2', 'b1')],
      direction: 'TB',
      ...CARD,
    })
    expect(figures).toMatchObject({ crossings: 1, edgeLength: 2 * (32 + 400 + 32) })
  })

  it('leaves out edges it cannot draw: unknown jobs and a job depending on itself', () => {
    const figures = layoutQuality(lr({ a: { x: 0, y: 0 } }, [edge('ghost', 'a'), edge('a', 'a')]))
    expect(figures).toMatchObject({ edges: 0, crossings: 0, edgeLength: 0 })
  })

  it('follows the canvas route: every run lies in the band the canvas draws it in', () => {
    const point = fc.record({
      x: fc.integer({ min: -800, max: 800 }),
      y: fc.integer({ min: -800, max: 800 }),
    })
    fc.assert(
      fc.property(point, point, fc.boolean(), (s, t, horizontal) => {
        const corners = routeCorners(s, t, horizontal)
        const bands = routeBands(s, t, horizontal)
        const covered = (c: XY) =>
          bands.some((b) => c.x >= b.x && c.x <= b.x + b.width && c.y >= b.y && c.y <= b.y + b.height)
        expect(corners[0]).toEqual(s)
        expect(corners[corners.length - 1]).toEqual(t)
        corners.slice(1).forEach((q, i) => {
          const p = corners[i]!
          expect(p.x === q.x || p.y === q.y).toBe(true)
          for (let k = 0; k <= 8; k++)
            expect(covered({ x: p.x + ((q.x - p.x) * k) / 8, y: p.y + ((q.y - p.y) * k) / 8 })).toBe(true)
        })
      }),
    )
  })

  it('counts exactly what comparing every pair of runs counts', () => {
    const layout = fc.record({
      cards: fc.array(fc.record({ x: fc.integer({ min: 0, max: 6 }), y: fc.integer({ min: 0, max: 12 }) }), {
        minLength: 2,
        maxLength: 16,
      }),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
      direction: fc.constantFrom('LR' as const, 'TB' as const),
    })
    fc.assert(
      fc.property(layout, ({ cards, links, direction }) => {
        // Cards on a coarse grid, so runs often meet, share channels and end on each other.
        const positions = Object.fromEntries(cards.map((c, i) => [`j${i}`, { x: c.x * 152, y: c.y * 56 }]))
        const edges = links.map(([a, b]) => edge(`j${a % cards.length}`, `j${b % cards.length}`))
        const input = { positions, edges, direction, ...CARD }
        expect(layoutQuality(input).crossings).toBe(pairwiseCrossings(input))
      }),
    )
  })
})

/** The reference: every pair of runs of different edges compared (O(runs²)). */
function pairwiseCrossings({ positions, edges, direction, width, height }: QualityInput): number {
  const lr = direction === 'LR'
  type Run = { edge: number; p: XY; q: XY }
  const runs: Run[] = []
  edges.forEach((e, i) => {
    const a = positions[e.from]
    const b = positions[e.to]
    if (!a || !b || e.from === e.to) return
    const s = lr ? { x: a.x + width, y: a.y + height / 2 } : { x: a.x + width / 2, y: a.y + height }
    const t = lr ? { x: b.x, y: b.y + height / 2 } : { x: b.x + width / 2, y: b.y }
    const c = routeCorners(s, t, lr)
    for (let k = 1; k < c.length; k++)
      if (c[k - 1]!.x !== c[k]!.x || c[k - 1]!.y !== c[k]!.y) runs.push({ edge: i, p: c[k - 1]!, q: c[k]! })
  })
  const inside = (v: number, a: number, b: number) => v > Math.min(a, b) && v < Math.max(a, b)
  const isVertical = (r: Run) => r.p.x === r.q.x
  let count = 0
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++) {
      const [a, b] = [runs[i]!, runs[j]!]
      if (a.edge === b.edge) continue
      if (isVertical(a) !== isVertical(b)) {
        const [v, h] = isVertical(a) ? [a, b] : [b, a]
        if (inside(v.p.x, h.p.x, h.q.x) && inside(h.p.y, v.p.y, v.q.y)) count++
      } else if (isVertical(a) === lr) {
        // A shared channel across the flow: entered in one order, left in the other.
        const along = (p: XY) => (lr ? p.y : p.x)
        const at = (p: XY) => (lr ? p.x : p.y)
        if (at(a.p) === at(b.p) && (along(a.p) - along(b.p)) * (along(a.q) - along(b.q)) < 0) count++
      }
    }
  return count
}
