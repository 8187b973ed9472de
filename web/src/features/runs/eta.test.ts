import { describe, expect, it } from 'vitest'
import type { DurationHistory } from '@/api/history'
import { estimateRemaining, median, medianDurations } from './eta'
import { formatSeconds } from './format'

const history: DurationHistory = {
  application: 'demo',
  runs: [1, 2, 3].map((run_id) => ({ run_id, attempt: 1, start_time: null, status: 'SUCCESS' })),
  jobs: [
    {
      job_id: 'a',
      points: [10, 30, 20].map((d, i) => ({
        run_id: i + 1,
        attempt: 1,
        status: 'SUCCESS',
        duration_seconds: d,
      })),
    },
    { job_id: 'b', points: [{ run_id: 1, attempt: 1, status: 'SUCCESS', duration_seconds: 40 }] },
    { job_id: 'c', points: [{ run_id: 1, attempt: 1, status: 'FAILED', duration_seconds: null }] },
    { job_id: 'd', points: [{ run_id: 1, attempt: 1, status: 'SUCCESS', duration_seconds: 5 }] },
    {
      job_id: 'flaky',
      points: [
        { run_id: 1, attempt: 1, status: 'FAILED', duration_seconds: 1, tries: 3, wall_seconds: 90 },
        { run_id: 2, attempt: 1, status: 'SUCCESS', duration_seconds: 1, tries: 2, wall_seconds: 31 },
      ],
    },
  ],
}
const medians = medianDurations(history)

describe('estimateRemaining', () => {
  it("takes each job's median over recent runs", () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect([...medians]).toEqual([
      ['a', 20],
      ['b', 40],
      ['d', 5],
      // Successful runs only, retry waits included.
      ['flaky', 31],
    ])
  })

  it('sequential: the remaining jobs one after the other, minus what a running job already spent', () => {
    const eta = estimateRemaining(
      [
        { id: 'a', elapsed: 15 },
        { id: 'b', elapsed: null },
      ],
      medians,
      [],
      null,
    )
    expect(eta).toEqual({ seconds: 45, unknown: [] })
  })

  it('parallel: the longest chain through the dependencies of what is left', () => {
    const edges = [
      { from: 'a', to: 'd' },
      { from: 'x', to: 'd' },
    ]
    const remaining = ['a', 'b', 'd'].map((id) => ({ id, elapsed: null }))
    // a → d is 25 s, b alone is 40 s: the run needs 40 s with enough workers…
    expect(estimateRemaining(remaining, medians, edges, { workers: 4 }).seconds).toBe(40)
    // …and the 65 s of work on one worker.
    expect(estimateRemaining(remaining, medians, edges, { workers: 1 }).seconds).toBe(65)
  })

  it('says which jobs have no history, and gives no ETA when none has', () => {
    expect(estimateRemaining([{ id: 'c', elapsed: null }], medians, [], null)).toEqual({
      seconds: null,
      unknown: ['c'],
    })
    expect(
      estimateRemaining(
        [
          { id: 'a', elapsed: 50 },
          { id: 'new', elapsed: null },
        ],
        medians,
        [],
        null,
      ),
    ).toEqual({
      seconds: 0,
      unknown: ['new'],
    })
  })
})

describe('formatSeconds', () => {
  it('is short and readable', () => {
    expect([0.64, 9.96, 42.4, 61, 125, 3600, 3725].map(formatSeconds)).toEqual([
      '0.6 s',
      '10 s',
      '42 s',
      '1 min 1 s',
      '2 min 5 s',
      '1 h',
      '1 h 2 min',
    ])
  })
})
