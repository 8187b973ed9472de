import { describe, expect, it } from 'vitest'
import type { HistoryJob } from '@/api/history'
import { foldRun } from './liveRun'
import { historyTries, liveTries } from './jobTries'

describe('job tries', () => {
  it('lists a live job’s tries with their duration so far', () => {
    const run = foldRun(
      [
        { type: 'job_started', job: 'a', time: '2026-01-01 10:00:00' },
        { type: 'retry', job: 'a', delay_seconds: 1, attempt: 1, of: 2, time: '2026-01-01 10:00:02' },
      ],
      ['a'],
    )
    const now = new Date(2026, 0, 1, 10, 0, 5).getTime()
    expect(liveTries(run.jobs[0]!, now)).toEqual([
      { label: 'try 1', status: 'FAILED', exitCode: null, seconds: 2 },
      { label: 'try 2', status: 'RUNNING', exitCode: null, seconds: 2 },
    ])
  })

  it('lists history tries with exit codes, naming the run attempt of a resumed run', () => {
    const row = (attempt: number, tries: [string, number][]): HistoryJob => ({
      job_id: 'flaky',
      attempt,
      description: null,
      status: 'FAILED',
      duration_seconds: 0.64,
      retry_count: tries.length - 1,
      last_error: null,
      last_exit_code: null,
      attempts: tries.map(([status, exit_code], i) => ({
        attempt: i + 1,
        status,
        exit_code,
        duration: 0.64,
      })),
      attempt_statuses: [],
    })
    expect(historyTries([row(1, [['TIMEOUT', -1]])], 'flaky')).toEqual([
      { label: 'try 1', status: 'TIMEOUT', exitCode: -1, seconds: 0.64 },
    ])
    const resumed = historyTries(
      [
        row(1, [['FAILED', 3]]),
        row(2, [
          ['FAILED', 3],
          ['SUCCESS', 0],
        ]),
      ],
      'flaky',
    )
    expect(resumed.map((t) => t.label)).toEqual([
      'run attempt 1, try 1',
      'run attempt 2, try 1',
      'run attempt 2, try 2',
    ])
  })
})
