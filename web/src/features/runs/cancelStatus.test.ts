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

  it('is "cancelling" until the stream says the run ended, with what was signalled', () => {
    expect(texts(run(), foldRun(started, ['a', 'b', 'c']), true, false)).toEqual([
      'progress: Cancelling… stopping the engine and 2 job processes',
    ])
    const signalled = foldRun(
      [
        ...started,
        { type: 'cancel_requested', grace_seconds: 5 },
        { type: 'killed', signal: 'SIGTERM', pids: [1, 2, 3, 4, 5] },
      ],
      ['a', 'b', 'c'],
    )
    expect(texts(run({ state: 'cancelled' }), signalled, false, false)).toEqual([
      'progress: Cancelling… stopping 2 job processes: SIGTERM sent to 5 processes (the engine and its jobs); SIGKILL after 5 s for any still running',
    ])
    const killed = foldRun(
      [
        ...started,
        { type: 'killed', signal: 'SIGTERM', pids: [1, 2] },
        { type: 'killed', signal: 'SIGKILL', pids: [2] },
      ],
      ['a', 'b'],
    )
    expect(texts(run(), killed, true, false)[0]).toContain(', SIGKILL to 1 that ignored it')
  })

  it('says "Cancelled" once the run finished, and whether something had to be killed', () => {
    const events: RunEvent[] = [
      ...started,
      { type: 'cancel_requested', grace_seconds: 5 },
      { type: 'killed', signal: 'SIGTERM', pids: [1, 2, 3] },
      { type: 'killed', signal: 'SIGKILL', pids: [3] },
      { type: 'run_finished', status: 'CANCELLED', exit_code: -9 },
    ]
    expect(texts(run({ state: 'cancelled' }), foldRun(events, ['a', 'b']), true, true)).toEqual([
      'done: Cancelled: the engine and its jobs are stopped (1 process ignored SIGTERM and were killed).',
    ])
  })

  it("warns when the engine's DB still reads RUNNING, and when the run was lost", () => {
    const stale =
      "The engine's history still says RUNNING for run 7: it was stopped before it could record the end."
    const live = foldRun(
      [
        ...started,
        { type: 'engine_status_stale', engine_run_id: 7, message: stale },
        { type: 'run_finished', status: 'CANCELLED' },
      ],
      ['a', 'b'],
    )
    expect(texts(run({ state: 'cancelled' }), live, false, true)).toEqual([
      'done: Cancelled: the engine and its jobs are stopped.',
      `warning: ${stale}`,
    ])
    // From the run record alone (the stream was read before the flag existed).
    expect(
      texts(run({ state: 'finished', engine_status_stale: true }), foldRun([], []), false, true)[0],
    ).toMatch(/^warning: The engine's history still says RUNNING for run 7/)
    expect(texts(run({ state: 'lost', note: 'The server stopped…' }), foldRun([], []), false, true)).toEqual([
      'warning: The server stopped…',
    ])
  })
})
