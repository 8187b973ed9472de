import { describe, expect, it } from 'vitest'
import { dependencyIndex } from './dependencyIndex'
import { lineageOf } from './lineage'

const graph = (edges: Record<string, string[]>) =>
  dependencyIndex(Object.entries(edges).map(([id, dependencies]) => ({ id, dependencies })))

describe('lineageOf', () => {
  // a → b → d, a → c → d, d → e; x stands alone; f depends on c only.
  const index = graph({ a: [], b: ['a'], c: ['a'], d: ['b', 'c'], e: ['d'], f: ['c'], x: [] })

  it('finds every ancestor and every descendant, not siblings nor strangers', () => {
    const l = lineageOf(index, 'c')!
    expect([...l.upstream].sort()).toEqual(['a'])
    expect([...l.downstream].sort()).toEqual(['d', 'e', 'f'])
    const d = lineageOf(index, 'd')!
    expect([...d.upstream].sort()).toEqual(['a', 'b', 'c'])
    expect([...d.downstream]).toEqual(['e'])
  })

  it('gives an isolated job an empty lineage and an unknown id none', () => {
    expect(lineageOf(index, 'x')).toEqual({ upstream: new Set(), downstream: new Set() })
    expect(lineageOf(index, 'nope')).toBeNull()
  })

  it('ends on a cycle: a job on it is both upstream and downstream of the others', () => {
    const cyclic = graph({ a: ['c'], b: ['a'], c: ['b'], d: ['c'] })
    const l = lineageOf(cyclic, 'a')!
    expect([...l.upstream].sort()).toEqual(['a', 'b', 'c'])
    expect([...l.downstream].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('finds the lineage of a job in the middle of 2000 layered jobs (its time: bench/domain.mjs)', () => {
    const edges: Record<string, string[]> = {}
    for (let i = 0; i < 2000; i++)
      edges[`j${i}`] = i < 20 ? [] : [`j${i - 20}`, `j${i - 20 - (i % 7)}`].filter((d) => d in edges)
    const big = graph(edges)
    const l = lineageOf(big, 'j1000')!
    expect(l.upstream.size).toBeGreaterThan(40)
    expect(l.downstream.size).toBeGreaterThan(40)
    expect(l.upstream.has('j0') || l.upstream.has('j20')).toBe(true)
    expect(l.downstream.has('j1999') || l.downstream.has('j1980')).toBe(true)
  })
})
