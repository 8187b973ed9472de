import { describe, expect, it } from 'vitest'
import { foldRun } from './liveRun'
import { modeOverrides, runProgress } from './runProgress'

const at = (s: number) => `2026-01-01 10:00:${String(s).padStart(2, '0')}`
const ms = (s: number) => new Date(2026, 0, 1, 10, 0, s).getTime()

describe('runProgress', () => {
  const events = [
    { type: 'run_started', engine_run_id: 1, time: at(0) },
    { type: 'job_started', job: 'a', time: at(0) },
    { type: 'job_succeeded', job: 'a', duration_seconds: 4, time: at(4) },
    { type: 'job_started', job: 'b', time: at(4) },
  ]
  const medians = new Map([
    ['a', 4],
    ['b', 10],
    ['c', 5],
  ])
  const context = {
    command: ['python3', 'executioner.py', '-c', 'x.json'],
    app: {},
    edges: [],
    medians,
    now: ms(7),
  }

  it('counts jobs done of the config, the time since the run started, and what is left from history', () => {
    const progress = runProgress(foldRun(events, ['a', 'b', 'c']), context)
    // b has run 3 s of its usual 10 s; c takes 5 s after it (sequential).
    expect(progress).toEqual({ done: 1, total: 3, elapsedSeconds: 7, eta: { seconds: 12, unknown: [] } })
  })

  it('uses the parallel mode of the config or the command line', () => {
    const parallel = runProgress(foldRun(events, ['a', 'b', 'c']), {
      ...context,
      app: { parallel: true, max_workers: 4 },
    })
    expect(parallel.eta?.seconds).toBe(7)
    expect(modeOverrides(['--sequential', '--workers', '3'])).toEqual({ sequential: true, workers: 3 })
    const forced = runProgress(foldRun(events, ['a', 'b', 'c']), {
      ...context,
      app: { parallel: true },
      command: ['--sequential'],
    })
    expect(forced.eta?.seconds).toBe(12)
  })

  it('stops the clock and the ETA when the run finished', () => {
    const over = runProgress(
      foldRun(
        [
          ...events,
          { type: 'job_succeeded', job: 'b', duration_seconds: 2, time: at(6) },
          { type: 'run_finished', status: 'SUCCESS' },
        ],
        ['a', 'b'],
      ),
      context,
    )
    expect(over).toEqual({ done: 2, total: 2, elapsedSeconds: 6, eta: null })
  })
})
