import { describe, expect, it } from 'vitest'
import { nearestCard } from './spatialNavigation'

// Three columns of cards (240 × 112), 320 apart, rows 160 apart; b2 sits a little lower.
const grid = {
  a0: { x: 0, y: 0 },
  a1: { x: 0, y: 160 },
  a2: { x: 0, y: 320 },
  b0: { x: 320, y: 0 },
  b2: { x: 320, y: 340 },
  c1: { x: 640, y: 160 },
}

describe('nearestCard', () => {
  it('goes to the card beside it in the next or previous column', () => {
    expect(nearestCard(grid, 'a0', 'right')).toBe('b0')
    expect(nearestCard(grid, 'a2', 'right')).toBe('b2')
    expect(nearestCard(grid, 'b2', 'left')).toBe('a2')
    expect(nearestCard(grid, 'b0', 'right')).toBe('c1')
  })

  it('goes up and down within a column before leaving it', () => {
    expect(nearestCard(grid, 'a1', 'down')).toBe('a2')
    expect(nearestCard(grid, 'a1', 'up')).toBe('a0')
    expect(nearestCard(grid, 'b0', 'down')).toBe('b2')
  })

  it('finds nothing past the edge of the graph, nor for an unplaced job', () => {
    expect(nearestCard(grid, 'a1', 'left')).toBeNull()
    expect(nearestCard(grid, 'c1', 'right')).toBeNull()
    expect(nearestCard(grid, 'a0', 'up')).toBeNull()
    expect(nearestCard(grid, 'ghost', 'down')).toBeNull()
  })

  it('does not count a card nudged a few pixels off the same row as above or below', () => {
    const row = { left: { x: 0, y: 0 }, right: { x: 320, y: 8 } }
    expect(nearestCard(row, 'left', 'down')).toBeNull()
    expect(nearestCard(row, 'left', 'right')).toBe('right')
  })

  it('prefers the card in line over a nearer one far to the side', () => {
    const spread = { from: { x: 0, y: 0 }, inLine: { x: 0, y: 400 }, aside: { x: 600, y: 200 } }
    expect(nearestCard(spread, 'from', 'down')).toBe('inLine')
  })
})
