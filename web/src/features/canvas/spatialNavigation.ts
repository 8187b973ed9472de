/**
 * Arrow keys between job cards: the nearest card in that direction on screen, from the cards'
 * positions (every placed job, not only the cards in view, which are the only ones on the page).
 *
 * A card counts when its centre lies ahead in that direction; among those, distance along the
 * direction plus twice the distance across it: → from a card goes to the card beside it in the
 * next column rather than a closer one two rows down.
 */
import type { XY } from '@/stores/layout'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'

export type ArrowDirection = 'left' | 'right' | 'up' | 'down'

const ACROSS_WEIGHT = 2

export const ARROW_KEYS: Readonly<Record<string, ArrowDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

/** The id of the card nearest `from` toward `direction`, or null when none lies that way. */
export function nearestCard(
  positions: Readonly<Record<string, XY>>,
  from: string,
  direction: ArrowDirection,
): string | null {
  const start = positions[from]
  if (!start) return null
  const horizontal = direction === 'left' || direction === 'right'
  const sign = direction === 'right' || direction === 'down' ? 1 : -1
  let best: string | null = null
  let bestScore = Infinity
  for (const id in positions) {
    if (id === from) continue
    const p = positions[id]!
    // Positions are top-left corners of equal cards: their differences are the centres' differences.
    const dx = p.x - start.x
    const dy = p.y - start.y
    const along = sign * (horizontal ? dx : dy)
    const across = Math.abs(horizontal ? dy : dx)
    // Ahead means at least a little ahead: a card nudged a few pixels off the row is not "above".
    if (along <= (horizontal ? NODE_WIDTH : NODE_HEIGHT) / 8) continue
    const score = along + ACROSS_WEIGHT * across
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id
      bestScore = score
    }
  }
  return best
}
