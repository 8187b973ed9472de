import { describe, expect, it } from 'vitest'
import type { DurationHistory, TimelineBar } from '@/api/history'
import { foldRun } from '../liveRun'
import { criticalPath, jobSpans } from './criticalPath'
import { liveBars } from './liveBars'
import { layoutTimeline, MIN_BAR_WIDTH, tickStep } from './timelineGeometry'
import { trendRows } from './trendGeometry'

const bar = (
  job_id: string,
  tryNo: number,
  start: number,
  duration: number,
  status = 'SUCCESS',
  run_attempt = 1,
) =>
  ({
    job_id,
    run_attempt,
    try: tryNo,
    start_offset: start,
    duration,
    status,
    exit_code: 0,
    estimated: false,
  }) as TimelineBar

// Run 4 of jobs_history_v8.db (demo_failures): flaky failed three times with 0.2 s and 0.3 s waits.
const run4 = [
  bar('prepare', 1, 0.4, 0.64),
  bar('slow', 1, 1.0, 2.03, 'TIMEOUT'),
  bar('checked', 1, 3.06, 0.64),
  bar('flaky', 1, 3.72, 0.64, 'FAILED'),
  bar('flaky', 2, 4.56, 0.64, 'FAILED'),
  bar('flaky', 3, 5.51, 0.65, 'FAILED'),
]
const demoEdges = [
  { from: 'prepare', to: 'flaky' },
  { from: 'flaky', to: 'report' },
]

describe('layoutTimeline', () => {
  const layout = layoutTimeline(run4, { width: 616, rowHeight: 20 })

  it('draws one bar per try, one row per job in the order the jobs started', () => {
    expect(layout.rows.map((r) => [r.jobId, r.tries.length])).toEqual([
      ['prepare', 1],
      ['slow', 1],
      ['checked', 1],
      ['flaky', 3],
    ])
    expect(layout.rows.flatMap((r) => r.tries)).toHaveLength(run4.length)
    expect(layout.rows[3]!.y).toBe(60)
    expect(layout.height).toBe(80)
  })

  it('scales time to the width and shows the retry waits between tries', () => {
    expect(layout.span).toBeCloseTo(6.16)
    const flaky = layout.rows[3]!
    expect(flaky.tries[0]!.x).toBeCloseTo(3.72 * 100)
    expect(flaky.waits.map((w) => Number(w.seconds.toFixed(2)))).toEqual([0.2, 0.31])
    expect(flaky.waits[0]!.x).toBeCloseTo((3.72 + 0.64) * 100)
    expect(layout.rows[0]!.waits).toEqual([])
  })

  it('keeps very short tries hoverable and does not count a resume as a retry wait', () => {
    const resumed = layoutTimeline([bar('a', 1, 0, 0.001, 'FAILED'), bar('a', 1, 100, 1, 'SUCCESS', 2)], {
      width: 101,
      rowHeight: 10,
    })
    expect(resumed.rows[0]!.tries[0]!.width).toBe(MIN_BAR_WIDTH)
    expect(resumed.rows[0]!.waits).toEqual([])
  })

  it('puts ticks on round values across the span', () => {
    expect(tickStep(6.16)).toBe(2)
    expect(tickStep(3600)).toBe(600)
    expect(layout.ticks.map((t) => t.seconds)).toEqual([0, 2, 4, 6])
    expect(layout.ticks[1]!.x).toBeCloseTo(200)
  })

  it('marks the critical rows', () => {
    const marked = layoutTimeline(run4, { width: 100, rowHeight: 10, critical: ['prepare', 'flaky'] })
    expect(marked.rows.filter((r) => r.critical).map((r) => r.jobId)).toEqual(['prepare', 'flaky'])
  })
})

describe('criticalPath', () => {
  it('follows the dependencies with the longest actual durations, retry waits included', () => {
    expect(jobSpans(run4).get('flaky')).toBeCloseTo(5.51 + 0.65 - 3.72)
    // slow took 2 s alone; prepare → flaky took 0.64 + 2.44 s.
    expect(criticalPath(run4, demoEdges)).toEqual(['prepare', 'flaky'])
    expect(criticalPath(run4, [])).toEqual(['flaky'])
    expect(criticalPath([], demoEdges)).toEqual([])
  })

  it("uses a resumed job's latest attempt", () => {
    const spans = jobSpans([bar('a', 1, 0, 50, 'FAILED'), bar('a', 1, 60, 2, 'SUCCESS', 2)])
    expect(spans.get('a')).toBe(2)
  })
})

describe('liveBars', () => {
  const t = (s: number) => `2026-11-25 19:07:${String(s).padStart(2, '0')}`
  it("turns a streamed run's tries into bars that grow until now", () => {
    const run = foldRun(
      [
        { type: 'run_started', engine_run_id: 1, time: t(10) },
        { type: 'job_started', job: 'a', time: t(10) },
        { type: 'retry', job: 'a', delay_seconds: 1, attempt: 1, of: 1, time: t(12) },
        { type: 'job_started', job: 'b', time: t(13) },
      ],
      ['a', 'b', 'c'],
    )
    const now = new Date(2026, 10, 25, 19, 7, 16).getTime()
    expect(liveBars(run, now).map((b) => [b.job_id, b.try, b.start_offset, b.duration, b.status])).toEqual([
      ['a', 1, 0, 2, 'FAILED'],
      ['a', 2, 3, 3, 'RUNNING'],
      ['b', 1, 3, 3, 'RUNNING'],
    ])
  })
})

describe('trendRows', () => {
  it('puts each run in its column and sizes each bar against the job’s longest duration', () => {
    const history: DurationHistory = {
      application: 'demo_failures',
      runs: [
        { run_id: 2, attempt: 1, start_time: null, status: 'FAILED' },
        { run_id: 2, attempt: 2, start_time: null, status: 'FAILED' },
        { run_id: 4, attempt: 1, start_time: null, status: 'FAILED' },
      ],
      jobs: [
        {
          job_id: 'slow',
          points: [
            { run_id: 2, attempt: 1, status: 'FAILED', duration_seconds: 2 },
            { run_id: 4, attempt: 1, status: 'FAILED', duration_seconds: 1 },
          ],
        },
      ],
    }
    const [slow] = trendRows(history, 10)
    expect(slow!.cells.map((c) => [c.x, c.height, c.status])).toEqual([
      [0, 1, 'FAILED'],
      [20, 0.5, 'FAILED'],
    ])
    expect([slow!.median, slow!.max]).toEqual([1.5, 2])
  })
})
