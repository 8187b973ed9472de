// The exported picture looks like the canvas. Checked here, not in domain/: the references are Vue Flow
// and the canvas's own constants, which domain code must not import.
import { describe, expect, it } from 'vitest'
import { Position, getSmoothStepPath } from '@vue-flow/core'
import { CARD_HEIGHT, CARD_WIDTH } from '@/domain/export/picture'
import { smoothStepPath } from '@/domain/export/smoothStep'
import { NODE_HEIGHT, NODE_WIDTH } from '@/features/canvas/layoutTypes'

const vueFlow = (s: { x: number; y: number }, t: { x: number; y: number }, horizontal: boolean) =>
  getSmoothStepPath({
    sourceX: s.x,
    sourceY: s.y,
    sourcePosition: horizontal ? Position.Right : Position.Bottom,
    targetX: t.x,
    targetY: t.y,
    targetPosition: horizontal ? Position.Left : Position.Top,
  })[0]

describe('smoothStepPath', () => {
  it('draws exactly what the canvas draws, ahead and behind, in both directions', () => {
    const cases: [number, number, number, number][] = [
      [240, 56, 304, 56], // straight ahead
      [240, 56, 304, 200], // ahead, lower
      [240, 300, 304, 20], // ahead, higher
      [540, 56, 0, 400], // behind
      [0, 0, 30, 90], // closer than two offsets
      [100, 100, 100, 100], // on top of each other
    ]
    for (const horizontal of [true, false]) {
      for (const [sx, sy, tx, ty] of cases) {
        const s = { x: sx, y: sy }
        const t = { x: tx, y: ty }
        expect(smoothStepPath(s, t, horizontal)).toBe(vueFlow(s, t, horizontal))
      }
    }
  })

  it('is drawn with cards of the canvas card size', () => {
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([NODE_WIDTH, NODE_HEIGHT])
  })
})
