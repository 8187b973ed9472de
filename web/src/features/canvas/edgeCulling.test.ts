import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Position, type GraphNode } from '@vue-flow/core'
import { createEdgeCuller } from './edgeCulling'
import { handlePoint } from './edgeRoute'

/** A card as the culler reads it from Vue Flow: place, size (0 until measured) and handle sides. */
function card(x: number, y: number, size: number, lr: boolean): GraphNode {
  return {
    computedPosition: { x, y, z: 0 },
    dimensions: { width: size, height: size / 2 },
    sourcePosition: lr ? Position.Right : Position.Bottom,
    targetPosition: lr ? Position.Left : Position.Top,
  } as GraphNode
}

const coordinate = fc.integer({ min: -2000, max: 2000 })
const rect = fc.record({
  x: coordinate,
  y: coordinate,
  width: fc.integer({ min: 1, max: 600 }),
  height: fc.integer({ min: 1, max: 400 }),
})
const place = fc.record({ x: coordinate, y: coordinate, size: fc.constantFrom(0, 180, 240, 320) })

describe('createEdgeCuller', () => {
  it('answers as a route worked out afresh would, while cards move, get measured and turn', () => {
    // Each step: a card moves, is resized or stays; the layout direction may flip; the view moves.
    const change = fc.oneof(
      fc.record({ x: coordinate }),
      fc.record({ y: coordinate }),
      fc.record({ size: fc.constantFrom(0, 180, 240, 320) }),
      fc.constant({}),
    )
    const step = fc.record({ which: fc.nat(3), change, lr: fc.boolean(), view: rect })
    fc.assert(
      fc.property(
        fc.array(place, { minLength: 4, maxLength: 4 }),
        fc.array(step, { maxLength: 12 }),
        (start, steps) => {
          const places = start.map((p) => ({ ...p }))
          const edges = [
            ['a', 0, 1],
            ['b', 1, 2],
            ['c', 0, 3],
            ['d', 2, 2], // a job's loop to itself
          ] as const
          const culler = createEdgeCuller()
          for (const s of steps) {
            places[s.which] = { ...places[s.which]!, ...s.change }
            const cards = places.map((p) => card(p.x, p.y, p.size, s.lr))
            for (const [id, from, to] of edges) {
              const remembered = culler.inView(id, cards[from]!, cards[to]!, s.view, null)
              const fresh = createEdgeCuller().inView(id, cards[from]!, cards[to]!, s.view, null)
              expect(remembered, `edge ${id}`).toBe(fresh)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps an edge whose route crosses the view though both its cards are outside it', () => {
    const culler = createEdgeCuller()
    const [from, to] = [card(0, 0, 240, true), card(3000, 0, 240, true)]
    const middle = { x: 1400, y: handlePoint(from, 'source').y - 10, width: 200, height: 20 }
    expect(culler.inView('e', from, to, middle, null)).toBe(true)
    // Far below the straight route: nothing of the edge is there.
    expect(culler.inView('e', from, to, { ...middle, y: 2000 }, null)).toBe(false)
  })
})
