/**
 * A past run's job states from the engine's history DB, for the canvas and the job view. The DB is
 * lossy (ENGINE.md §9.4): `status` is only SUCCESS or FAILED, so the per-try statuses tell a timeout
 * apart, and a post-check failure is stored as SUCCESS with last_error "Post-check failed" — shown here
 * as failed, with the reason. A SUCCESS whose tries all failed was marked successful by hand.
 */
import type { HistoryJob } from '@/api/history'
import type { JobRunDecor } from '@/stores/canvasOverlay'

export const POST_CHECK_FAILED = 'Post-check failed'

/** Each job's row from the run's latest attempt that ran it (resumed runs have one row per attempt). */
export function latestRows(jobs: readonly HistoryJob[]): Map<string, HistoryJob> {
  const rows = new Map<string, HistoryJob>()
  for (const job of jobs) {
    const seen = rows.get(job.job_id)
    if (!seen || job.attempt >= seen.attempt) rows.set(job.job_id, job)
  }
  return rows
}

const secs = (value: number | null) => (value === null ? '' : `${Number(value.toFixed(2))} s`)

export function historyDecor(row: HistoryJob): JobRunDecor {
  const lastTry = row.attempts.at(-1)?.status
  if (row.status === 'SUCCESS') {
    if (row.last_error === POST_CHECK_FAILED)
      return { state: 'failed', detail: 'post-check failed (the engine recorded SUCCESS)' }
    if (lastTry && lastTry !== 'SUCCESS') return { state: 'succeeded', detail: 'marked successful' }
    return { state: 'succeeded', detail: secs(row.duration_seconds) }
  }
  if (row.status === 'SKIPPED') return { state: 'skipped', detail: 'skipped' }
  if (row.status === 'RUNNING') return { state: 'running', detail: 'RUNNING in the history DB' }
  if (lastTry === 'TIMEOUT') return { state: 'timed_out', detail: 'timed out' }
  const tries = row.attempts.length
  const exit = row.last_exit_code ?? row.attempts.at(-1)?.exit_code ?? null
  return {
    state: 'failed',
    detail: [tries > 1 ? `${tries} tries` : '', exit !== null ? `exit ${exit}` : '']
      .filter(Boolean)
      .join(', '),
  }
}

/**
 * States for the canvas. Jobs of the open config without a row were not run in that run (the engine
 * writes no row for skipped jobs or jobs behind a failure).
 */
export function historyStates(
  jobs: readonly HistoryJob[],
  configJobIds: readonly string[] = [],
): Map<string, JobRunDecor> {
  const states = new Map<string, JobRunDecor>()
  for (const [id, row] of latestRows(jobs)) states.set(id, historyDecor(row))
  for (const id of configJobIds)
    if (!states.has(id)) states.set(id, { state: 'skipped', detail: 'not run (no history row)' })
  return states
}
