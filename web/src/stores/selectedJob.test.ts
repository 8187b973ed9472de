import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { selectedJob, selectedPositions } from './selectedJob'

const jobs = parseDocument(
  JSON.stringify({ jobs: [{ id: 'a' }, { id: 'b' }, { id: 'a', command: 'second a' }, { id: 'c' }] }),
).model.jobs

describe('selection by position where ids collide', () => {
  it('the second duplicate, picked by position, is the one edited and the one row highlighted', () => {
    expect(selectedJob(jobs, 'a', 2)?.index).toBe(2)
    expect([...selectedPositions(jobs, ['a'], 2)]).toEqual([2])
  })

  it('picked by id (canvas): the first job with the id', () => {
    expect(selectedJob(jobs, 'a', null)?.index).toBe(0)
    expect([...selectedPositions(jobs, ['a'], null)]).toEqual([0])
  })

  it('a stale position (another job there now) falls back to the first with the id', () => {
    expect(selectedJob(jobs, 'a', 1)?.index).toBe(0)
    expect(selectedJob(jobs, 'a', 9)?.index).toBe(0)
    expect(selectedJob(jobs, 'zz', 0)).toBeUndefined()
  })

  it('several selected ids: one row each, the primary one by its position', () => {
    expect([...selectedPositions(jobs, ['c', 'b', 'a'], 2)].sort()).toEqual([1, 2, 3])
    expect(selectedPositions(jobs, [], null).size).toBe(0)
  })
})
