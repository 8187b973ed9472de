/** The engine's run history (read-only SQLite on the server; server/API.md, "History"). 503 without a DB. */
import { request } from './client'

export interface HistoryAttempt {
  attempt: number
  status: string
  start_time: string | null
  end_time: string | null
  total_jobs: number | null
  completed_jobs: number | null
  failed_jobs: number | null
  exit_code: number | null
  duration_seconds: number | null
}
export interface HistoryRun {
  run_id: number
  application_name: string
  status: string
  start_time: string | null
  end_time: string | null
  working_dir: string | null
  total_attempts: number
  job_rows: number
  attempts: HistoryAttempt[]
}
export interface HistoryJob {
  job_id: string
  attempt: number
  description: string | null
  status: string
  duration_seconds: number | null
  retry_count: number | null
  last_error: string | null
  last_exit_code: number | null
  attempts: { attempt: number; status: string; exit_code: number | null; duration: number | null }[]
  attempt_statuses: string[]
}
export interface HistoryRunDetails extends HistoryRun {
  jobs: HistoryJob[]
  counts: {
    unique_jobs: number
    total_executions: number
    successful: number
    failed: number
    skipped: number
  }
  main_log: string | null
}

/**
 * A try's outcome as the engine records it (ENGINE.md §2.2). `RUNNING` and `CANCELLED` only come from
 * a live run's stream (a try still going, a try stopped by Cancel).
 */
export type TryStatus =
  'SUCCESS' | 'FAILED' | 'TIMEOUT' | 'ERROR' | 'POSTCHECK_FAILED' | 'RUNNING' | 'CANCELLED'

/** One try of one job, placed in time relative to the run's start. */
export interface TimelineBar {
  job_id: string
  /** The engine's attempt of the whole run (`--resume-from` adds one). */
  run_attempt: number
  /** 1-based try of the job within that run attempt (retries add one). */
  try: number
  /** Seconds from the run's start. */
  start_offset: number
  duration: number
  status: TryStatus
  exit_code: number | null
  /** Times reconstructed rather than recorded (v6 rows, second-precision log times). */
  estimated: boolean
}
/** `GET /api/history/runs/{id}/timeline` (gaps between tries of one job are retry waits). */
export interface RunTimeline {
  run_id: number
  start_time: string | null
  end_time: string | null
  duration_seconds?: number | null
  bars: TimelineBar[]
  /** Jobs with a history row but no time to place them by. */
  untimed: string[]
}
/** `GET /api/history/durations`: runs oldest → newest, and each job's duration in each of them. */
export interface DurationHistory {
  application: string
  runs: { run_id: number; attempt: number; start_time: string | null; status: string }[]
  jobs: {
    job_id: string
    /** Median `duration_seconds` of the job's SUCCESS points, null if none. */
    median_seconds?: number | null
    points: DurationPoint[]
  }[]
}
export interface DurationPoint {
  run_id: number
  attempt: number
  /** The last try's status. */
  status: string
  /** The engine's figure: the last try only. */
  duration_seconds: number | null
  /** Tries in that run (null for v6 rows). */
  tries?: number | null
  /** From the first try's start to the last one's end, retry waits included. */
  wall_seconds?: number | null
}

export const historyApi = {
  runs: (application: string | null, limit = 50, offset = 0) => {
    const query = new URLSearchParams({ limit: String(limit), offset: String(offset) })
    if (application) query.set('application', application)
    return request<{ total: number; runs: HistoryRun[] }>('GET', `/api/history/runs?${query}`)
  },
  run: (id: number) => request<HistoryRunDetails>('GET', `/api/history/runs/${id}`),
  timeline: (id: number) => request<RunTimeline>('GET', `/api/history/runs/${id}/timeline`),
  durations: (application: string, limit = 20) =>
    request<DurationHistory>(
      'GET',
      `/api/history/durations?${new URLSearchParams({ application, limit: String(limit) })}`,
    ),
  applications: () =>
    request<{ applications: { application_name: string; runs: number }[] }>(
      'GET',
      '/api/history/applications',
    ),
}
