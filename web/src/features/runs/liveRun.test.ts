import { describe, expect, it } from 'vitest'
import type { RunEvent } from '@/api/types'
import { canMarkSuccess, engineTime, eventTime, foldRun, liveDecor } from './liveRun'

const t = (s: number) => `2026-11-25 19:07:${String(s).padStart(2, '0')}`
/** The events the server parses from transcripts/run_demo_failures_coe.txt (continue on error). */
const failuresRun: RunEvent[] = [
  { type: 'run_started', engine_run_id: 4, attempt: 1, time: t(21) },
  { type: 'job_started', job: 'prepare', time: t(21) },
  { type: 'job_succeeded', job: 'prepare', duration_seconds: 0.64, time: t(22) },
  { type: 'job_started', job: 'slow', time: t(22) },
  { type: 'timeout', job: 'slow', after_seconds: 1, time: t(23) },
  { type: 'job_failed', job: 'slow', attempts: 1, time: t(24) },
  { type: 'job_started', job: 'checked', time: t(24) },
  { type: 'post_check_failed', job: 'checked', duration_seconds: 0.64, time: t(24) },
  { type: 'job_failed', job: 'checked', attempts: 1, time: t(24) },
  { type: 'job_started', job: 'flaky', time: t(24) },
  { type: 'retry', job: 'flaky', delay_seconds: 0.2, attempt: 1, of: 2, time: t(25) },
  { type: 'retry', job: 'flaky', delay_seconds: 0.3, attempt: 2, of: 2, time: t(26) },
  { type: 'job_failed', job: 'flaky', attempts: 3, time: t(27) },
  { type: 'run_status', engine_run_id: 4, status: 'FAILED', time: t(27) },
  { type: 'run_finished', status: 'FAILED', exit_code: 1 },
]
const configIds = ['prepare', 'flaky', 'slow', 'checked', 'report']
const states = (events: RunEvent[], ids = configIds) =>
  Object.fromEntries(foldRun(events, ids).jobs.map((j) => [j.id, [j.state, j.detail]]))

describe('foldRun', () => {
  it('queues every job of the config before anything started', () => {
    const run = foldRun([{ type: 'run_started', engine_run_id: 4, time: t(21) }], configIds)
    expect(run.jobs.map((j) => j.state)).toEqual(['queued', 'queued', 'queued', 'queued', 'queued'])
    expect([run.done, run.total, run.finalStatus]).toEqual([0, 5, null])
  })

  it('follows each job as the events arrive: running, retrying n/m, then its outcome', () => {
    expect(states(failuresRun.slice(0, 4))).toMatchObject({
      prepare: ['succeeded', '0.64 s'],
      slow: ['running', ''],
      flaky: ['queued', ''],
    })
    expect(states(failuresRun.slice(0, 11)).flaky).toEqual(['retrying', 'retry 1/2'])
    const run = foldRun(failuresRun.slice(0, 11), configIds)
    expect([run.done, run.total]).toEqual([3, 5])
  })

  it('tells a timeout and a post-check failure from a plain failure', () => {
    expect(states(failuresRun)).toEqual({
      prepare: ['succeeded', '0.64 s'],
      flaky: ['failed', 'failed after 3 tries'],
      slow: ['timed_out', 'timed out after 1 s'],
      checked: ['failed', 'post-check failed'],
      // Never started before the run ended: its dependency failed.
      report: ['skipped', 'not run: a dependency failed or the run stopped'],
    })
    const run = foldRun(failuresRun, configIds)
    expect([run.done, run.total, run.finalStatus]).toEqual([5, 5, 'FAILED'])
  })

  it('keeps one try per attempt with its status, and retry waits between them', () => {
    const flaky = foldRun(failuresRun, configIds).jobs.find((j) => j.id === 'flaky')!
    expect(flaky.tries.map((x) => x.status)).toEqual(['FAILED', 'FAILED', 'FAILED'])
    // The second try starts after the 0.2 s delay announced when the first one failed.
    expect(flaky.tries[1]!.start! - flaky.tries[0]!.end!).toBe(200)
    const slow = foldRun(failuresRun, configIds).jobs.find((j) => j.id === 'slow')!
    expect(slow.tries).toMatchObject([{ try: 1, status: 'TIMEOUT' }])
  })

  it('a success lasts at least the duration the engine reported (log times are whole seconds)', () => {
    const prepare = foldRun(failuresRun, configIds).jobs[0]!
    expect(prepare.tries[0]!.end! - prepare.tries[0]!.start!).toBe(1000)
    const quick = foldRun(
      [
        { type: 'job_started', job: 'q', time: t(10) },
        { type: 'job_succeeded', job: 'q', duration_seconds: 0.5, time: t(10) },
      ],
      ['q'],
    ).jobs[0]!
    expect(quick.tries[0]!.end! - quick.tries[0]!.start!).toBe(500)
  })

  it('marks running and queued jobs cancelled when the run was cancelled', () => {
    const run = foldRun(
      [
        { type: 'job_started', job: 'prepare', time: t(21) },
        { type: 'job_succeeded', job: 'prepare', duration_seconds: 0.6, time: t(22) },
        { type: 'job_started', job: 'flaky', time: t(22) },
        { type: 'cancel_requested', grace_seconds: 5 },
        { type: 'killed', signal: 'SIGTERM', pids: [10, 11, 12] },
        { type: 'killed', signal: 'SIGKILL', pids: [12] },
        { type: 'run_finished', status: 'CANCELLED', exit_code: -15 },
      ],
      ['prepare', 'flaky', 'report'],
    )
    expect(run.jobs.map((j) => [j.id, j.state, j.detail])).toEqual([
      ['prepare', 'succeeded', '0.6 s'],
      ['flaky', 'cancelled', 'stopped by cancel'],
      ['report', 'cancelled', 'not run: cancelled'],
    ])
    expect(run.cancel).toEqual({ graceSeconds: 5, sigterm: 3, sigkill: 1 })
    expect(run.jobs[1]!.tries[0]!.status).toBe('CANCELLED')
  })

  it('lists jobs the config no longer names after the config jobs', () => {
    const run = foldRun([{ type: 'job_started', job: 'renamed', time: t(1) }], ['a'])
    expect(run.jobs.map((j) => [j.id, j.state])).toEqual([
      ['a', 'queued'],
      ['renamed', 'running'],
    ])
  })

  it('shows a resumed run skipping earlier successes', () => {
    expect(
      states([{ type: 'job_skipped', job: 'prepare', reason: 'previously successful' }], ['prepare']),
    ).toEqual({
      prepare: ['skipped', 'previously successful'],
    })
  })
})

describe('liveDecor', () => {
  it('gives the canvas each job state, its detail and when a running job started', () => {
    const decor = liveDecor(foldRun(failuresRun.slice(0, 11), configIds))
    expect(decor.get('flaky')).toEqual({
      state: 'retrying',
      detail: 'retry 1/2',
      startedAt: new Date(2026, 10, 25, 19, 7, 24).getTime(),
    })
    expect(decor.get('report')).toEqual({ state: 'queued' })
  })
})

describe('engineTime', () => {
  it("reads the engine's local time text, with or without fractions", () => {
    expect(engineTime('2026-11-25 19:07:21')).toBe(new Date(2026, 10, 25, 19, 7, 21).getTime())
    expect(engineTime('2026-11-25T19:07:21.5')).toBe(new Date(2026, 10, 25, 19, 7, 21, 500).getTime())
    expect(engineTime(undefined)).toBeNull()
    expect(engineTime('yesterday')).toBeNull()
  })
})

describe('eventTime', () => {
  const logged = new Date(2026, 10, 25, 19, 7, 21).getTime()
  it('refines the whole-second log time with the arrival time of a live event', () => {
    expect(eventTime({ type: 'job_started', time: t(21), received_at: logged + 640 })).toBe(logged + 640)
  })
  it('keeps the log time for a replayed event, or a clock that disagrees', () => {
    expect(eventTime({ type: 'job_started', time: t(21), received_at: logged + 60_000 })).toBe(logged)
    expect(eventTime({ type: 'job_started', time: t(21), received_at: logged - 5 })).toBe(logged)
    expect(eventTime({ type: 'job_started', time: t(21) })).toBe(logged)
  })
})

describe('canMarkSuccess', () => {
  it('offers mark-success for failed and timed-out jobs, not for a post-check failure (stored as SUCCESS)', () => {
    const run = foldRun(failuresRun, configIds)
    expect(run.jobs.filter(canMarkSuccess).map((j) => j.id)).toEqual(['flaky', 'slow'])
  })
})
