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
