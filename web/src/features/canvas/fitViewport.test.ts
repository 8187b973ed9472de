import { describe, expect, it } from 'vitest'
import { fitViewport, READABLE_ZOOM } from './fitViewport'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'

const size = { width: 1200, height: 800 }
/** Whether a card at p is fully inside the view. */
const inView = (v: { x: number; y: number; zoom: number }, p: { x: number; y: number }) =>
  p.x * v.zoom + v.x >= 0 &&
  p.y * v.zoom + v.y >= 0 &&
  (p.x + NODE_WIDTH) * v.zoom + v.x <= size.width &&
  (p.y + NODE_HEIGHT) * v.zoom + v.y <= size.height

describe('fitViewport', () => {
  it('shows every card of a small graph, without zooming in past 1', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 300, y: 200 },
    ]
    const v = fitViewport(points, size, 'LR')!
    expect(v.zoom).toBe(1)
    for (const p of points) expect(inView(v, p)).toBe(true)
  })

  it('a huge graph is shown at a readable zoom with its first cards in view, not an empty middle', () => {
    // A tall graph whose first column has a single card at the top: its vertical middle is empty.
    const points = [{ x: 16, y: 16 }, ...Array.from({ length: 40 }, (_, i) => ({ x: 4000, y: i * 300 }))]
    const v = fitViewport(points, size, 'LR')!
    expect(v.zoom).toBe(READABLE_ZOOM)
    expect(inView(v, points[0]!)).toBe(true)
    const top = fitViewport(
      points.map((p) => ({ x: p.y, y: p.x })),
      size,
      'TB',
    )!
    expect(inView(top, { x: 16, y: 16 })).toBe(true)
  })

  it('a huge fan-out shows its lone root, even when the layout centres it on a tall fan', () => {
    // Root at the middle of a 60-card column (as ELK places a 500-job fan-out's first job).
    const fan = Array.from({ length: 60 }, (_, i) => ({ x: 304, y: i * 136 }))
    const root = { x: 0, y: 30 * 136 }
    for (const direction of ['LR', 'TB'] as const) {
      const swap = (p: { x: number; y: number }) => (direction === 'LR' ? p : { x: p.y, y: p.x })
      const v = fitViewport([root, ...fan].map(swap), size, direction)!
      expect(v.zoom).toBe(READABLE_ZOOM)
      expect(inView(v, swap(root))).toBe(true)
    }
  })

  it('nothing to fit: no viewport', () => {
    expect(fitViewport([], size, 'LR')).toBeNull()
    expect(fitViewport([{ x: 0, y: 0 }], { width: 0, height: 0 }, 'LR')).toBeNull()
  })
})
