/** A job's tries as the job view lists them, from the live stream or from a history row. */
import type { HistoryJob } from '@/api/history'
import type { LiveJob } from './liveRun'

export interface TryRow {
  label: string
  status: string
  exitCode: number | null
  seconds: number | null
}

export function liveTries(job: LiveJob, now: number): TryRow[] {
  return job.tries.map((t) => ({
    label: `try ${t.try}`,
    status: t.status,
    exitCode: null,
    seconds: t.seconds ?? (t.start !== null ? ((t.end ?? now) - t.start) / 1000 : null),
  }))
}

/** Every row of the job in the run (one per run attempt), each with its tries. */
export function historyTries(rows: readonly HistoryJob[], jobId: string): TryRow[] {
  const mine = rows.filter((r) => r.job_id === jobId)
  const many = new Set(mine.map((r) => r.attempt)).size > 1
  return mine.flatMap((row) =>
    (row.attempts.length
      ? row.attempts
      : [{ attempt: 1, status: row.status, exit_code: row.last_exit_code, duration: row.duration_seconds }]
    ).map((a) => ({
      label: many ? `run attempt ${row.attempt}, try ${a.attempt}` : `try ${a.attempt}`,
      status: a.status,
      exitCode: a.exit_code,
      seconds: a.duration,
    })),
  )
}
