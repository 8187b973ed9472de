/** Fold the engine's parsed run events (server/API.md, "Stream") into one status row per job. */
import type { RunEvent } from '@/api/types'

export type JobState = 'running' | 'succeeded' | 'failed' | 'retrying' | 'skipped'
export interface JobStatus {
  job: string
  state: JobState
  /** The last noteworthy thing that happened to it, for the row's detail text. */
  detail: string
  /** Attempt outcomes seen so far, e.g. ["TIMEOUT", "retry"], oldest first. */
  history: string[]
}

const seconds = (value: unknown) => (typeof value === 'number' ? `${value} s` : '')

export function jobStatuses(events: readonly RunEvent[]): JobStatus[] {
  const jobs = new Map<string, JobStatus>()
  const touch = (job: string): JobStatus => {
    let row = jobs.get(job)
    if (!row) jobs.set(job, (row = { job, state: 'running', detail: '', history: [] }))
    return row
  }
  for (const event of events) {
    if (!event.job) continue
    const row = touch(event.job)
    switch (event.type) {
      case 'job_started':
        row.state = 'running'
        row.detail = 'started'
        break
      case 'job_succeeded':
        row.state = 'succeeded'
        row.detail = `succeeded in ${seconds(event.duration_seconds)}`
        break
      case 'timeout':
        row.history.push('TIMEOUT')
        row.detail = `timed out after ${seconds(event.after_seconds)}`
        break
      case 'post_check_failed':
        row.history.push('POSTCHECK_FAILED')
        row.detail = 'post-check failed'
        break
      case 'retry':
        row.state = 'retrying'
        row.history.push('retry')
        row.detail = `retry ${event.attempt}/${event.of} in ${seconds(event.delay_seconds)}`
        break
      case 'job_failed':
        row.state = 'failed'
        row.detail =
          `failed after ${event.attempts} attempt${event.attempts === 1 ? '' : 's'}` +
          (row.detail && row.detail !== 'started' ? ` (${row.detail})` : '')
        break
      case 'job_skipped':
        row.state = 'skipped'
        row.detail = String(event.reason ?? 'skipped')
        break
    }
  }
  return [...jobs.values()]
}

/** The run's final status from its events: the `run_finished` event, else null while running. */
export function finalStatus(events: readonly RunEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]!.type === 'run_finished') return String(events[i]!.status)
  return null
}
