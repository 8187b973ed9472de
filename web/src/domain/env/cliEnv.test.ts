import { describe, expect, it } from 'vitest'
import { parseCliEnv } from './cliEnv'

describe('--env parsing (ENGINE.md §4.4)', () => {
  it('splits on commas and the first =, trims, lets later duplicates win and skips empty names or values', () => {
    const r = parseCliEnv(['A=1, B=x=y', 'A=2,=v,C=,D'])
    expect(r.values).toEqual({ A: '2', B: 'x=y' })
    expect(r.skipped).toEqual(['=v', 'C=', 'D'])
  })
})
