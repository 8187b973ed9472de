import { describe, expect, it } from 'vitest'
import { admit } from './gradualAdmission'

/** Cards by name, ranked by the number in their name (the distance to the middle of the view). */
const rank = (card: string) => Number(card.slice(1))
const all = Array.from({ length: 10 }, (_, i) => `c${i}`)
const inView =
  (...cards: string[]) =>
  (card: string) =>
    cards.includes(card)

describe('admit', () => {
  it('shows every wanted card when the budget covers the change', () => {
    const result = admit(all, inView('c1', 'c2', 'c3'), new Set(['c1', 'c9']), { add: 2, drop: 1 }, rank)
    expect(result).toEqual({ shown: ['c1', 'c2', 'c3'], added: 2, dropped: 1, pending: 0 })
  })

  it('adds at most the budget of new cards, nearest first, in the order of all cards', () => {
    const result = admit(
      all,
      inView('c1', 'c2', 'c5', 'c7', 'c9'),
      new Set(['c5']),
      { add: 2, drop: 5 },
      rank,
    )
    expect(result).toEqual({ shown: ['c1', 'c2', 'c5'], added: 2, dropped: 0, pending: 2 })
  })

  it('drops at most the budget of cards out of view, farthest first; the others stay a while', () => {
    const result = admit(all, inView('c2'), new Set(['c1', 'c2', 'c3', 'c8']), { add: 5, drop: 2 }, rank)
    expect(result).toEqual({ shown: ['c1', 'c2'], added: 0, dropped: 2, pending: 1 })
  })

  it('never keeps a card that is gone from the graph', () => {
    const result = admit(['c1', 'c2'], inView('c1'), new Set(['c1', 'c2', 'c3']), { add: 0, drop: 0 }, rank)
    expect(result.shown).toEqual(['c1', 'c2'])
  })

  it('reaches exactly the cards in view over successive frames', () => {
    const many = Array.from({ length: 60 }, (_, i) => `c${i}`)
    let shown = new Set(many.slice(0, 30))
    const wanted = inView(...many.slice(20))
    let frames = 0
    for (let pending = 1; pending > 0; frames++) {
      const result = admit(many, wanted, shown, { add: 20, drop: 4 }, rank)
      shown = new Set(result.shown)
      pending = result.pending
    }
    expect(frames).toBe(5) // 20 to drop at 4 a frame; 30 to add at 20
    expect([...shown]).toEqual(many.slice(20))
  })
})
