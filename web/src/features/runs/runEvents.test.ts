import { describe, expect, it } from 'vitest'
import { finalStatus, jobStatuses } from './runEvents'

describe('jobStatuses', () => {
  it('follows each job from start to its outcome, keeping timeouts and retries', () => {
    const rows = jobStatuses([
      { type: 'run_started', engine_run_id: 4 },
      { type: 'job_started', job: 'prepare' },
      { type: 'job_succeeded', job: 'prepare', duration_seconds: 0.64 },
      { type: 'job_started', job: 'slow' },
      { type: 'timeout', job: 'slow', after_seconds: 1 },
      { type: 'job_failed', job: 'slow', attempts: 1 },
      { type: 'job_started', job: 'flaky' },
      { type: 'retry', job: 'flaky', attempt: 1, of: 2, delay_seconds: 0.2 },
    ])
    expect(rows.map((r) => [r.job, r.state, r.detail])).toEqual([
      ['prepare', 'succeeded', 'succeeded in 0.64 s'],
      ['slow', 'failed', 'failed after 1 attempt (timed out after 1 s)'],
      ['flaky', 'retrying', 'retry 1/2 in 0.2 s'],
    ])
    expect(rows[1]!.history).toEqual(['TIMEOUT'])
  })
})

describe('finalStatus', () => {
  it('is null until the run finished event arrives', () => {
    expect(finalStatus([{ type: 'job_started', job: 'a' }])).toBeNull()
    expect(
      finalStatus([
        { type: 'run_status', status: 'FAILED' },
        { type: 'run_finished', status: 'FAILED', exit_code: 1 },
      ]),
    ).toBe('FAILED')
  })
})
