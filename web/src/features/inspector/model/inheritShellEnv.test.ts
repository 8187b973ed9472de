import { describe, expect, it } from 'vitest'
import { inheritStateOf, inheritValueFor } from './inheritShellEnv'

describe('inherit_shell_env modes', () => {
  it('reads every form the engine accepts, and flags the rest', () => {
    expect(inheritStateOf(undefined, false)).toEqual({ mode: 'all', names: [], isDefault: true })
    expect(inheritStateOf(true, true).mode).toBe('all')
    expect(inheritStateOf(false, true).mode).toBe('none')
    expect(inheritStateOf('default', true).mode).toBe('common')
    expect(inheritStateOf(['PATH', 'HOME'], true)).toEqual({
      mode: 'custom',
      names: ['PATH', 'HOME'],
      isDefault: false,
    })
    expect(inheritStateOf('yes', true).mode).toBe('invalid')
    expect(inheritStateOf(null, true).mode).toBe('invalid')
    expect(inheritStateOf(['PATH', 1], true).mode).toBe('invalid')
  })

  it('writes the value each mode means', () => {
    const absent = inheritStateOf(undefined, false)
    expect(inheritValueFor('all', absent)).toBe(true)
    expect(inheritValueFor('none', absent)).toBe(false)
    expect(inheritValueFor('common', absent)).toBe('default')
    expect(inheritValueFor('custom', absent)).toEqual([])
  })

  it('switching from common defaults to a custom list starts from the common names', () => {
    const names = inheritValueFor('custom', inheritStateOf('default', true)) as string[]
    expect(names).toContain('PATH')
    expect(names).toContain('NODE_PATH')
    expect(names).toHaveLength(18)
    expect(inheritValueFor('custom', inheritStateOf(['A'], true))).toEqual(['A'])
  })
})
