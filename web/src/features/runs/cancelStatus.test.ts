import { describe, expect, it } from 'vitest'
import type { Run, RunEvent } from '@/api/types'
import { cancelStatus } from './cancelStatus'
import { foldRun } from './liveRun'

const run = (more: Partial<Run> = {}): Run => ({
  id: 'r1',
  config: 'a.json',
  state: 'running',
  exit_code: null,
  engine_run_id: 7,
  engine_status: null,
  started_at: '',
  command: [],
  entries: 0,
  ...more,
})
const started: RunEvent[] = [
  { type: 'job_started', job: 'a', time: '2026-01-01 10:00:00' },
  { type: 'job_started', job: 'b', time: '2026-01-01 10:00:00' },
]
const texts = (...args: Parameters<typeof cancelStatus>) =>
  cancelStatus(...args).map((s) => `${s.tone}: ${s.text}`)

describe('cancelStatus', () => {
  it('says nothing about a run nobody cancelled', () => {
    expect(texts(run(), foldRun(started, ['a', 'b', 'c']), false, false)).toEqual([])
  })

  it('is "cancelling" with the number of job processes until the stream says the run ended', () => {
    const live = foldRun([...started, { type: 'cancel_requested', grace_seconds: 5 }], ['a', 'b', 'c'])
    expect(texts(run(), live, true, false)).toEqual([
      'progress: Cancelling… stopping the engine and 2 job processes (SIGKILL after 5 s)',
    ])
    // The server may already answer "cancelled": still not over until the stream ends.
    expect(texts(run({ state: 'cancelled' }), live, true, false)[0]).toMatch(/^progress: Cancelling…/)
    const killed = foldRun(
      [...started, { type: 'cancel_requested' }, { type: 'killed', signal: 'SIGKILL' }],
      ['a'],
    )
    expect(texts(run(), killed, true, false)[0]).toContain('(SIGKILL sent)')
  })

  it('says "Cancelled" once the run finished, and how', () => {
    const events: RunEvent[] = [
      ...started,
      { type: 'cancel_requested', grace_seconds: 5 },
      { type: 'killed', signal: 'SIGKILL' },
      { type: 'run_finished', status: 'CANCELLED', exit_code: -9 },
    ]
    expect(texts(run({ state: 'cancelled' }), foldRun(events, ['a', 'b']), true, true)).toEqual([
      'done: Cancelled: processes that ignored SIGTERM were stopped with SIGKILL.',
    ])
  })

  it("warns when the engine's DB still reads RUNNING, and when the run was lost", () => {
    const live = foldRun([...started, { type: 'run_finished', status: 'CANCELLED' }], ['a', 'b'])
    const lines = texts(run({ state: 'cancelled', engine_status_stale: true }), live, false, true)
    expect(lines[0]).toBe('done: Cancelled.')
    expect(lines[1]).toMatch(/^warning: The engine's history DB still reads RUNNING for run 7/)
    expect(texts(run({ state: 'lost' }), foldRun([], []), false, true)).toEqual([
      'warning: Lost: the server restarted and the engine it had started was no longer running.',
    ])
  })
})
