/**
 * A per-job duration trend over the application's last runs (like Airflow's grid): one column per run,
 * oldest left, a bar per job whose height is its duration relative to that job's longest, coloured by
 * the job's status in that run; an empty cell where the job did not run.
 */
import type { DurationHistory } from '@/api/history'
import { median } from '../eta'

export interface TrendCell {
  runId: number
  attempt: number
  x: number
  /** 0 … 1 of the row's height; 0 when no duration was recorded. */
  height: number
  status: string
  seconds: number | null
}
export interface TrendRow {
  jobId: string
  cells: TrendCell[]
  median: number | null
  max: number
}

export function trendRows(history: DurationHistory, cellWidth: number): TrendRow[] {
  const column = new Map(history.runs.map((run, i) => [`${run.run_id}:${run.attempt}`, i]))
  return history.jobs.map((job) => {
    const seconds = job.points.flatMap((p) => (p.duration_seconds === null ? [] : [p.duration_seconds]))
    const max = Math.max(0, ...seconds)
    const cells = job.points.flatMap((p): TrendCell[] => {
      const at = column.get(`${p.run_id}:${p.attempt}`)
      if (at === undefined) return []
      const height = p.duration_seconds === null || max === 0 ? 0 : p.duration_seconds / max
      return [
        {
          runId: p.run_id,
          attempt: p.attempt,
          x: at * cellWidth,
          height,
          status: p.status,
          seconds: p.duration_seconds,
        },
      ]
    })
    return { jobId: job.job_id, cells, median: median(seconds), max }
  })
}
