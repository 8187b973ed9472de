import { describe, expect, it } from 'vitest'
import type { GraphNode } from '@vue-flow/core'
import { measuredAsBefore } from './useSteadyMeasures'

/** A card on the page: its size and the sides its source and target handles are on. */
function card(width: number, height: number, source: string[], target: string[]) {
  const handles = { source, target }
  return {
    offsetWidth: width,
    offsetHeight: height,
    querySelectorAll: (selector: string) =>
      handles[selector.endsWith('.source') ? 'source' : 'target'].map((side) => ({
        getAttribute: (name: string) => (name === 'data-handlepos' ? side : null),
      })),
  } as unknown as HTMLElement
}

/** A card as Vue Flow last measured it. */
function measured(width: number, height: number, source: string[], target: string[]) {
  const bounds = (sides: string[]) => sides.map((position) => ({ position, x: 0, y: 0, width: 8, height: 8 }))
  return {
    dimensions: { width, height },
    handleBounds: { source: bounds(source), target: bounds(target) },
  } as unknown as GraphNode
}

describe('measuredAsBefore', () => {
  it('keeps a card of the same size with its handles on the same sides', () => {
    expect(
      measuredAsBefore(measured(240, 112, ['right'], ['left']), card(240, 112, ['right'], ['left'])),
    ).toBe(true)
  })
  it('measures a card never measured, one of another size, and one whose handles moved (direction)', () => {
    expect(measuredAsBefore(undefined, card(240, 112, ['right'], ['left']))).toBe(false)
    expect(measuredAsBefore(measured(0, 0, [], []), card(240, 112, ['right'], ['left']))).toBe(false)
    expect(
      measuredAsBefore(measured(240, 112, ['right'], ['left']), card(240, 120, ['right'], ['left'])),
    ).toBe(false)
    expect(
      measuredAsBefore(measured(240, 112, ['right'], ['left']), card(240, 112, ['bottom'], ['top'])),
    ).toBe(false)
    expect(measuredAsBefore(measured(240, 112, ['right'], ['left']), card(240, 112, ['right'], []))).toBe(
      false,
    )
  })
})
