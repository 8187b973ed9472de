import { describe, expect, it } from 'vitest'
import { cycleIfLinked, findCycles } from './cycles'

const job = (id: string, ...dependencies: string[]) => ({ id, dependencies })

describe('findCycles (ENGINE.md §7.1)', () => {
  it('writes the cycle as the engine prints it for circular_deps_test', () => {
    const jobs = [job('job_a', 'job_c'), job('job_b', 'job_a'), job('job_c', 'job_b')]
    expect(findCycles(jobs)).toEqual([['job_a', 'job_c', 'job_b', 'job_a']])
  })

  it('reports self-loops, skips unknown dependencies and finds separate cycles', () => {
    const jobs = [job('a', 'a'), job('b', 'ghost', 'c'), job('c', 'b'), job('d', 'b')]
    expect(findCycles(jobs)).toEqual([
      ['a', 'a'],
      ['b', 'c', 'b'],
    ])
    expect(findCycles([job('x'), job('y', 'x')])).toEqual([])
  })

  it('survives a 5000-job chain (no recursion)', () => {
    const jobs = Array.from({ length: 5000 }, (_, i) => job(`j${i}`, ...(i ? [`j${i - 1}`] : [])))
    expect(findCycles(jobs)).toEqual([])
    jobs[0]!.dependencies = ['j4999']
    expect(findCycles(jobs)[0]).toHaveLength(5001)
  })
})

describe('cycleIfLinked', () => {
  it('returns the cycle a new link would close, or null', () => {
    const jobs = [job('a'), job('b', 'a'), job('c', 'b')]
    // Making a depend on c: a -> c -> b -> a.
    expect(cycleIfLinked(jobs, 'c', 'a')).toEqual(['a', 'c', 'b', 'a'])
    expect(cycleIfLinked(jobs, 'a', 'c')).toBeNull()
    expect(cycleIfLinked(jobs, 'b', 'b')).toEqual(['b', 'b'])
  })
})

describe('cycleIfLinked on one snapshot asked many times (the dependency picker)', () => {
  /** The plain breadth-first search, recomputed for every question. */
  function reference(jobs: { id: string; dependencies: string[] }[], from: string, to: string) {
    if (from === to) return [to, to]
    const deps = new Map(jobs.map((j) => [j.id, j.dependencies]))
    const previous = new Map<string, string | null>([[from, null]])
    const queue = [from]
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!
      if (current === to) {
        const path: string[] = []
        for (let at: string | null = current; at !== null; at = previous.get(at) ?? null) path.unshift(at)
        return [to, ...path]
      }
      for (const next of deps.get(current) ?? []) {
        if (previous.has(next)) continue
        previous.set(next, current)
        queue.push(next)
      }
    }
    return null
  }

  it('gives the same cycles as a fresh search for every pair, including unknown ids and diamonds', () => {
    const jobs = Array.from({ length: 40 }, (_, i) => ({
      id: `j${i}`,
      dependencies: [i - 1, i - 3, (i * 7) % 11, 99].filter((d) => d >= 0 && d < i).map((d) => `j${d}`),
    }))
    jobs[5]!.dependencies.push('missing')
    for (const a of jobs)
      for (const b of jobs) expect(cycleIfLinked(jobs, a.id, b.id)).toEqual(reference(jobs, a.id, b.id))
  })
})
