import { describe, expect, it } from 'vitest'
import { humanDuration } from './humanDuration'

describe('humanDuration', () => {
  it('keeps the two largest units, rounded', () => {
    expect(humanDuration(0)).toBe('0 s')
    expect(humanDuration(1.25)).toBe('1.3 s')
    expect(humanDuration(45.4)).toBe('45 s')
    expect(humanDuration(1233)).toBe('20 min 33 s')
    expect(humanDuration(1200)).toBe('20 min')
    expect(humanDuration(3 * 3600 + 20 * 60 + 12)).toBe('3 h 20 min')
    expect(humanDuration(7200)).toBe('2 h')
    expect(humanDuration(2 * 86400 + 4 * 3600 + 100)).toBe('2 d 4 h')
  })

  it('carries a rounded-up unit into the next one', () => {
    expect(humanDuration(3599.7)).toBe('1 h')
    expect(humanDuration(2 * 3600 - 10)).toBe('2 h')
  })

  it('says when there is no bound', () => {
    expect(humanDuration(Infinity)).toBe('unbounded')
  })
})
