import { describe, expect, it } from 'vitest'
import { dependencyIndex, fifoTopologicalOrder, longestPath } from './dependencyIndex'

const jobs = [
  { id: 'c', dependencies: ['a', 'a'] },
  { id: 'a', dependencies: [] },
  { id: 'b', dependencies: ['ghost'] },
  { id: 'd', dependencies: ['c', 'b'] },
  { id: 'a', dependencies: ['c'] },
]

describe('dependencyIndex', () => {
  it('keeps the first of a duplicated id, collapses repeated dependencies and sets unknown ones apart', () => {
    const index = dependencyIndex(jobs)
    expect(index.ids).toEqual(['c', 'a', 'b', 'd'])
    expect(index.deps).toEqual([[1], [], [], [0, 2]])
    expect(index.dependents).toEqual([[3], [0], [3], []])
    expect(index.unknownDeps).toEqual([[], [], ['ghost'], []])
  })

  it('orders FIFO and reports what is blocked by an unknown dependency', () => {
    const { order, blocked } = fifoTopologicalOrder(dependencyIndex(jobs))
    expect(order).toEqual([1, 0])
    expect(blocked).toEqual([2, 3])
  })

  it('finds the heaviest chain, not the longest in jobs', () => {
    const index = dependencyIndex([
      { id: 'a', dependencies: [] },
      { id: 'b', dependencies: ['a'] },
      { id: 'c', dependencies: ['b'] },
      { id: 'slow', dependencies: [] },
      { id: 'end', dependencies: ['c', 'slow'] },
    ])
    const weights = [1, 1, 1, 10, 2]
    const { order } = fifoTopologicalOrder(index)
    expect(longestPath(index, order, (at) => weights[at]!)).toEqual({ path: [3, 4], total: 12 })
    expect(longestPath(index, [], () => 1)).toEqual({ path: [], total: 0 })
  })
})
