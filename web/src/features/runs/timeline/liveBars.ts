/** A live run's tries as timeline bars, the same shape the history's timeline endpoint answers. */
import type { TimelineBar } from '@/api/history'
import type { LiveRun } from '../liveRun'

/** `now` (epoch ms) closes tries still running, so their bars grow while the run streams. */
export function liveBars(run: LiveRun, now: number): TimelineBar[] {
  const origin = run.startedAt
  if (origin === null) return []
  const bars: TimelineBar[] = []
  for (const job of run.jobs) {
    for (const t of job.tries) {
      if (t.start === null) continue
      const end = t.end ?? (t.status === 'RUNNING' ? Math.max(now, t.start) : t.start)
      bars.push({
        job_id: job.id,
        run_attempt: 1,
        try: t.try,
        start_offset: (t.start - origin) / 1000,
        duration: Math.max(0, end - t.start) / 1000,
        status: t.status,
        exit_code: null,
        // The engine's log times are whole seconds.
        estimated: true,
      })
    }
  }
  return bars
}
