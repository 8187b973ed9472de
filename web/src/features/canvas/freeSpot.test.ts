import { describe, expect, it } from 'vitest'
import { freeSpot, type XY } from './freeSpot'

const CARD = { width: 240, height: 96 }
const VIEW = { x: 0, y: 0, width: 1200, height: 800 }
const overlaps = (a: XY, b: XY, gap = 0) =>
  a.x < b.x + CARD.width + gap &&
  b.x < a.x + CARD.width + gap &&
  a.y < b.y + CARD.height + gap &&
  b.y < a.y + CARD.height + gap
const inside = (p: XY, v = VIEW) =>
  p.x >= v.x && p.y >= v.y && p.x + CARD.width <= v.x + v.width && p.y + CARD.height <= v.y + v.height

describe('freeSpot', () => {
  it('takes the centre of an empty view, on the 8-px grid', () => {
    const p = freeSpot([], CARD, VIEW)!
    expect(Math.abs(p.x + CARD.width / 2 - 600)).toBeLessThanOrEqual(16)
    expect(Math.abs(p.y + CARD.height / 2 - 400)).toBeLessThanOrEqual(16)
    expect(p.x % 8).toBe(0)
    expect(p.y % 8).toBe(0)
  })

  it('three spots in a row never overlap each other nor the cards already there, and stay in view', () => {
    const cards: XY[] = [{ x: 480, y: 352 }]
    for (let i = 0; i < 3; i++) {
      const p = freeSpot(cards, CARD, VIEW)!
      for (const c of cards) expect(overlaps(p, c, 24)).toBe(false)
      expect(inside(p)).toBe(true)
      cards.push(p)
    }
  })

  it('works in a panned and zoomed-out view full of cards', () => {
    const view = { x: -3000, y: 2000, width: 6000, height: 4000 }
    const cards: XY[] = []
    for (let x = -3000; x < 3000; x += 300) for (let y = 2000; y < 6000; y += 160) cards.push({ x, y })
    cards.splice(cards.length / 2, 1) // one hole
    const p = freeSpot(cards, CARD, view)!
    for (const c of cards) expect(overlaps(p, c)).toBe(false)
  })

  it('a full view gives the nearest free spot around it; nothing free anywhere gives null', () => {
    const full: XY[] = []
    for (let x = -40; x < 1240; x += 248) for (let y = -40; y < 840; y += 104) full.push({ x, y })
    const p = freeSpot(full, CARD, VIEW)!
    for (const c of full) expect(overlaps(p, c)).toBe(false)
    const everywhere: XY[] = []
    for (let x = -1400; x < 2600; x += 248) for (let y = -900; y < 1700; y += 104) everywhere.push({ x, y })
    expect(freeSpot(everywhere, CARD, VIEW)).toBeNull()
  })
})
