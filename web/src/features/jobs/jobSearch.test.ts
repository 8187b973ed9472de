import { describe, expect, it } from 'vitest'
import { matchingJobs, stepMatch } from './jobSearch'

const jobs = [
  { id: 'extract', index: 0, raw: { description: 'Pull rows' } },
  { index: 1, raw: {} },
  { id: 'load_warehouse', index: 2, raw: { description: 'Into the Warehouse' } },
  { id: 'report', index: 3, raw: { description: 42 } },
]

describe('matchingJobs', () => {
  it('matches ids and descriptions case-insensitively, in declaration order, skipping jobs without id', () => {
    expect(matchingJobs(jobs, ' WAREHOUSE ').map((m) => m.id)).toEqual(['load_warehouse'])
    expect(matchingJobs(jobs, 'rows').map((m) => m.index)).toEqual([0])
    expect(matchingJobs(jobs, 'r').map((m) => m.id)).toEqual(['extract', 'load_warehouse', 'report'])
  })
  it('an empty query lists every job with an id; a non-text description counts as none', () => {
    expect(matchingJobs(jobs, '')).toHaveLength(3)
    expect(matchingJobs(jobs, '42')).toEqual([])
  })
})

describe('stepMatch', () => {
  it('starts at the first going forward and at the last going back', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0)
    expect(stepMatch(-1, 3, -1)).toBe(2)
  })
  it('wraps around both ways', () => {
    expect(stepMatch(2, 3, 1)).toBe(0)
    expect(stepMatch(0, 3, -1)).toBe(2)
    expect(stepMatch(1, 3, 1)).toBe(2)
  })
  it('no matches: nothing to step to; a cursor past a shrunk list restarts', () => {
    expect(stepMatch(0, 0, 1)).toBe(-1)
    expect(stepMatch(5, 2, 1)).toBe(0)
  })
})
