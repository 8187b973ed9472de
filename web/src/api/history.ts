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

export const historyApi = {
  runs: (application: string | null, limit = 50, offset = 0) => {
    const query = new URLSearchParams({ limit: String(limit), offset: String(offset) })
    if (application) query.set('application', application)
    return request<{ total: number; runs: HistoryRun[] }>('GET', `/api/history/runs?${query}`)
  },
  run: (id: number) => request<HistoryRunDetails>('GET', `/api/history/runs/${id}`),
  applications: () =>
    request<{ applications: { application_name: string; runs: number }[] }>(
      'GET',
      '/api/history/applications',
    ),
}
