import { describe, expect, it } from 'vitest'
import { interpolate, interpolateValues, referencesIn } from './interpolate'
import { pyStr } from './pyStr'

describe('interpolate (ENGINE.md §4.2)', () => {
  it('resolves nested references to any depth, in either declaration order', () => {
    const r = interpolate({ NEST: '${CONF}/deeper', CONF: '${BASE}/conf', BASE: '/opt' })
    expect(r.values).toEqual({ NEST: '/opt/conf/deeper', CONF: '/opt/conf', BASE: '/opt' })
    expect(r.circular).toEqual([])
  })

  it('recognises only ${NAME}: $NAME, ${X:-d} and bad names stay text', () => {
    const r = interpolate({ A: 'a', B: '$A ${A:-z} ${1A} ${A}' })
    expect(r.values.B).toBe('$A ${A:-z} ${1A} a')
    expect(referencesIn('$A ${A:-z} ${A} ${_b1}')).toEqual(['A', '_b1'])
  })

  it('leaves undefined names literal and reports them', () => {
    const r = interpolate({ P: '${HOME}/p', Q: '${P}' })
    expect(r.values).toEqual({ P: '${HOME}/p', Q: '${HOME}/p' })
    expect(r.undefinedRefs).toEqual([
      { name: 'P', ref: 'HOME' },
      { name: 'Q', ref: 'HOME' },
    ])
  })

  it('leaves a plain circular reference literal', () => {
    const r = interpolate({ V1: '${V2}', V2: '${V1}', OK: 'fine' })
    expect(r.values).toEqual({ V1: '${V2}', V2: '${V1}', OK: 'fine' })
    expect(r.circular).toEqual(['V1', 'V2'])
  })

  it('rewrites in place pass after pass like the engine, so a self-reference with text grows', () => {
    // Pass 1: A = "x" + "x${A}"; pass 2: "xx" + "xx${A}"; one pass per variable + 1 = 2 passes.
    expect(interpolate({ A: 'x${A}' }).values.A).toBe('xxxx${A}')
  })

  it('replaces a reference to a non-string by its Python str() and leaves the non-string untouched', () => {
    const r = interpolateValues(
      new Map<string, unknown>([
        ['FLAG', true],
        ['N', null],
        ['MSG', '${FLAG}/${N}'],
      ]),
    )
    expect([...r.values]).toEqual([
      ['FLAG', true],
      ['N', null],
      ['MSG', 'True/None'],
    ])
  })
})

describe('pyStr (Python str())', () => {
  it.each([
    [true, 'True'],
    [null, 'None'],
    [5, '5'],
    [0.5, '0.5'],
    [0.00001, '1e-05'],
    [1.5e17, '1.5e+17'],
    [{ k: [1, 2] }, "{'k': [1, 2]}"],
    [["it's", 'a"b'], `["it's", 'a"b']`],
    [{ t: 'a\tb\u0007\u00a0c' }, "{'t': 'a\\tb\\x07\\xa0c'}"],
    ['plain ${X}', 'plain ${X}'],
  ])('str(%j) = %s', (value, expected) => {
    expect(pyStr(value)).toBe(expected)
  })
})
