import { describe, expect, it } from 'vitest'
import {
  Ban,
  CircleCheck,
  CircleX,
  Clock,
  LoaderCircle,
  RotateCw,
  SkipForward,
  TimerOff,
} from 'lucide-vue-next'
import type { JobRunState } from '@/stores/canvasOverlay'
import { elapsedText, runStateLook } from './runStateLook'

describe('runStateLook', () => {
  it('gives every state its label, icon and colour', () => {
    const table: [JobRunState, string, unknown, string][] = [
      ['queued', 'Queued', Clock, 'slate'],
      ['running', 'Running', LoaderCircle, 'accent'],
      ['retrying', 'Retrying', RotateCw, 'amber'],
      ['succeeded', 'Succeeded', CircleCheck, 'emerald'],
      ['failed', 'Failed', CircleX, 'red'],
      ['timed_out', 'Timed out', TimerOff, 'orange'],
      ['skipped', 'Skipped', SkipForward, 'slate'],
      ['cancelled', 'Cancelled', Ban, 'slate'],
    ]
    for (const [state, label, icon, colour] of table) {
      const look = runStateLook(state)
      expect([look.label, look.icon]).toEqual([label, icon])
      expect(look.border).toContain(colour)
      expect(look.pill).toContain(colour)
      expect(look.tiny).toContain(colour)
    }
  })

  it('spins only for a running job, and draws a skipped job dashed', () => {
    expect(runStateLook('running').spin).toBe(true)
    expect(runStateLook('retrying').spin).toBe(false)
    expect(runStateLook('skipped').border).toContain('border-dashed')
    expect(runStateLook('cancelled').border).not.toContain('border-dashed')
  })
})

describe('elapsedText', () => {
  it('reads like a stopwatch', () => {
    expect(elapsedText(0)).toBe('0:00')
    expect(elapsedText(42_900)).toBe('0:42')
    expect(elapsedText(12 * 60_000 + 5_000)).toBe('12:05')
    expect(elapsedText(3_723_000)).toBe('1:02:03')
    expect(elapsedText(-500)).toBe('0:00')
  })
})
