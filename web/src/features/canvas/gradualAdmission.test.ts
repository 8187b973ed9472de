import { describe, expect, it } from 'vitest'
import { admit } from './gradualAdmission'

/** Cards by name, ranked by the number in their name (the distance to the middle of the view). */
const rank = (card: string) => Number(card.slice(1))

describe('admit', () => {
  it('shows every wanted card when no more than the budget are new', () => {
    const result = admit(new Set(['c1', 'c2']), ['c1', 'c2', 'c3', 'c4'], 2, rank)
    expect(result).toEqual({ shown: ['c1', 'c2', 'c3', 'c4'], admitted: 2, held: 0 })
  })

  it('adds at most the budget of new cards, nearest first, keeping the wanted order', () => {
    const result = admit(new Set(['c5']), ['c9', 'c5', 'c2', 'c7', 'c1'], 2, rank)
    expect(result).toEqual({ shown: ['c5', 'c2', 'c1'], admitted: 2, held: 2 })
  })

  it('drops at once the cards no longer wanted', () => {
    const result = admit(new Set(['c1', 'c2', 'c3']), ['c2', 'c8'], 0, rank)
    expect(result).toEqual({ shown: ['c2'], admitted: 0, held: 1 })
  })

  it('lets every card in over successive frames', () => {
    const wanted = Array.from({ length: 50 }, (_, i) => `c${i}`)
    let shown = new Set<string>()
    let frames = 0
    for (let held = 1; held > 0; frames++) {
      const result = admit(shown, wanted, 20, rank)
      shown = new Set(result.shown)
      held = result.held
    }
    expect(frames).toBe(3)
    expect([...shown]).toEqual(wanted)
  })
})
