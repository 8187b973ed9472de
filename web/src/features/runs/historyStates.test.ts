import { describe, expect, it } from 'vitest'
import type { HistoryJob } from '@/api/history'
import { historyStates } from './historyStates'

const row = (job_id: string, status: string, more: Partial<HistoryJob> = {}): HistoryJob => ({
  job_id,
  attempt: 1,
  description: null,
  status,
  duration_seconds: 0.64,
  retry_count: 0,
  last_error: null,
  last_exit_code: null,
  attempts: [{ attempt: 1, status, exit_code: status === 'SUCCESS' ? 0 : 1, duration: 0.64 }],
  attempt_statuses: [status],
  ...more,
})
const tryOf = (attempt: number, status: string, exit_code: number) => ({
  attempt,
  status,
  exit_code,
  duration: 0.64,
})

describe('historyStates', () => {
  // Rows of run 4 in jobs_history_v8.db (demo_failures, continue on error).
  const run4 = [
    row('prepare', 'SUCCESS'),
    row('slow', 'FAILED', { attempts: [tryOf(1, 'TIMEOUT', -1)], last_error: 'Job failed after 1 attempts' }),
    row('checked', 'SUCCESS', { last_error: 'Post-check failed' }),
    row('flaky', 'FAILED', {
      attempts: [tryOf(1, 'FAILED', 3), tryOf(2, 'FAILED', 3), tryOf(3, 'FAILED', 3)],
    }),
  ]

  it('reads the try statuses the job status loses, and shows a post-check failure as failed', () => {
    const states = historyStates(run4, ['prepare', 'flaky', 'slow', 'checked', 'report'])
    expect(Object.fromEntries([...states].map(([id, d]) => [id, [d.state, d.detail]]))).toEqual({
      prepare: ['succeeded', '0.64 s'],
      slow: ['timed_out', 'timed out'],
      checked: ['failed', 'post-check failed (the engine recorded SUCCESS)'],
      flaky: ['failed', '3 tries, exit 3'],
      report: ['skipped', 'not run (no history row)'],
    })
  })

  it("takes each job's latest attempt of a resumed run; a success after failed tries was marked by hand", () => {
    const states = historyStates([
      row('flaky', 'FAILED'),
      row('flaky', 'SUCCESS', { attempt: 2, attempts: [tryOf(1, 'FAILED', 3), tryOf(2, 'FAILED', 3)] }),
    ])
    expect(states.get('flaky')).toEqual({ state: 'succeeded', detail: 'marked successful' })
  })
})
