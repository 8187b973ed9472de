import { describe, expect, it } from 'vitest'
import {
  BASE_MIN_ZOOM,
  FOCUS_ZOOM,
  READABLE_ZOOM,
  fitViewport,
  fitWhole,
  focusViewport,
  minZoomFor,
} from './fitViewport'
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

describe('fitWhole, minZoomFor and focusViewport', () => {
  // 2000 jobs in one column (a fan-out's worst case): far below the canvas's usual 0.1 minimum zoom.
  const column = Array.from({ length: 2000 }, (_, i) => ({ x: 304, y: i * 136 }))
  it('frames every card of a 2000-job graph, however small that makes them', () => {
    const v = fitWhole(column, size)!
    expect(v.zoom).toBeLessThan(0.01)
    for (const p of column) expect(inView(v, p)).toBe(true)
  })
  it('lowers the minimum zoom below the fitted one for huge graphs only', () => {
    const whole = fitWhole(column, size)!
    expect(minZoomFor(column, size)).toBeLessThan(whole.zoom)
    expect(minZoomFor([{ x: 0, y: 0 }], size)).toBe(BASE_MIN_ZOOM)
    expect(minZoomFor([], size)).toBe(BASE_MIN_ZOOM)
  })
  it('focus centres the card at a readable zoom, and keeps a closer zoom', () => {
    const p = { x: 5000, y: 9000 }
    const far = focusViewport(p, size, 0.05)
    expect(far.zoom).toBe(FOCUS_ZOOM)
    expect(inView(far, p)).toBe(true)
    const centreX = (p.x + NODE_WIDTH / 2) * far.zoom + far.x
    expect(centreX).toBeCloseTo(size.width / 2)
    expect(focusViewport(p, size, 1.5).zoom).toBe(1.5)
  })
})
