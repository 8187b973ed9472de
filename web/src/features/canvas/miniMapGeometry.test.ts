import { describe, expect, it } from 'vitest'
import { boundsOf, frameFor, toFlow, toMap, visibleRect } from './miniMapGeometry'

const MAP = { width: 168, height: 112 }

describe('mini map geometry', () => {
  it('the visible part of the flow follows pan and zoom', () => {
    // Panned left/up by (200, 100) px at zoom 1: the top-left shows flow point (200, 100).
    expect(visibleRect({ x: -200, y: -100, zoom: 1 }, { width: 800, height: 600 })).toEqual({
      x: 200,
      y: 100,
      width: 800,
      height: 600,
    })
    // Panned right/down by 100 px at zoom 2: the top-left shows flow point (-50, -50), half the size.
    expect(visibleRect({ x: 100, y: 100, zoom: 2 }, { width: 800, height: 600 })).toEqual({
      x: -50,
      y: -50,
      width: 400,
      height: 300,
    })
  })

  it('bounds hold every box, and there are none without boxes', () => {
    expect(
      boundsOf([
        { x: 0, y: 10, width: 240, height: 104 },
        { x: 500, y: -20, width: 240, height: 104 },
      ]),
    ).toEqual({ x: 0, y: -20, width: 740, height: 134 })
    expect(boundsOf([])).toBeNull()
  })

  it('the whole graph and the viewport frame fit inside the map, with the margin', () => {
    const graph = { x: 0, y: 0, width: 10_000, height: 2_000 }
    const visible = { x: 9_000, y: 1_500, width: 1_500, height: 1_000 }
    const frame = frameFor(graph, visible, MAP, 6)
    const topLeft = toMap(frame, 0, 0)
    const bottomRight = toMap(frame, 10_500, 2_500)
    expect(topLeft.x).toBeGreaterThanOrEqual(6 - 1e-9)
    expect(bottomRight.x).toBeLessThanOrEqual(MAP.width - 6 + 1e-9)
    expect(topLeft.y).toBeGreaterThanOrEqual(0)
    expect(bottomRight.y).toBeLessThanOrEqual(MAP.height)
    // Centred on the short axis.
    expect(topLeft.y).toBeCloseTo(MAP.height - bottomRight.y, 6)
  })

  it('a click on the map lands on the flow point drawn there', () => {
    const frame = frameFor(
      { x: -300, y: 40, width: 4_000, height: 900 },
      visibleRect({ x: 0, y: 0, zoom: 1 }, MAP),
      MAP,
    )
    for (const [x, y] of [
      [-300, 40],
      [1234, 567],
      [3700, 940],
    ] as const) {
      const p = toMap(frame, x, y)
      const back = toFlow(frame, p.x, p.y)
      expect(back.x).toBeCloseTo(x, 6)
      expect(back.y).toBeCloseTo(y, 6)
    }
  })
})
