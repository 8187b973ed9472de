import { describe, expect, it } from 'vitest'
import { neighbourId } from './cardKeyboard'

describe('neighbourId', () => {
  const ids = ['extract', 'transform', 'load']
  it('steps forward and back in order', () => {
    expect(neighbourId(ids, 'extract', 1)).toBe('transform')
    expect(neighbourId(ids, 'load', -1)).toBe('transform')
  })
  it('stops at either end and for unknown ids (Tab then leaves the canvas)', () => {
    expect(neighbourId(ids, 'load', 1)).toBeNull()
    expect(neighbourId(ids, 'extract', -1)).toBeNull()
    expect(neighbourId(ids, 'gone', 1)).toBeNull()
  })
})
