/**
 * How long the rest of a run should take, from each job's median duration over the application's
 * recent runs (GET /api/history/durations). A running job has its median minus its elapsed time left.
 * Sequential: the remaining jobs one after the other. Parallel: the longest chain of remaining jobs
 * through their dependencies, or the work spread over the workers if that is longer.
 */
import type { DurationHistory } from '@/api/history'
import type { DependencyEdge } from '@/domain/document/types'
import { dependencyIndex, fifoTopologicalOrder, longestPath } from '@/domain/graph/dependencyIndex'

export interface RemainingJob {
  id: string
  /** Seconds it has been running, or null when it has not started. */
  elapsed: number | null
}

export interface Eta {
  /** Null when no remaining job has a recorded duration. */
  seconds: number | null
  /** Remaining jobs with no duration in the history (left out of `seconds`). */
  unknown: string[]
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Typical time per job: the median over its successful runs of the time from its first try's start to
 * its last try's end (retry waits included), or of the engine's duration on older rows; over all its
 * runs when none succeeded.
 */
export function medianDurations(history: DurationHistory | null): Map<string, number> {
  const medians = new Map<string, number>()
  for (const job of history?.jobs ?? []) {
    const seconds = (points: typeof job.points) =>
      points.flatMap((p) => {
        const value = p.wall_seconds ?? p.duration_seconds
        return value === null || value === undefined ? [] : [value]
      })
    const succeeded = seconds(job.points.filter((p) => p.status === 'SUCCESS'))
    const value = median(succeeded.length ? succeeded : seconds(job.points))
    if (value !== null) medians.set(job.job_id, value)
  }
  return medians
}

export function estimateRemaining(
  remaining: readonly RemainingJob[],
  medians: ReadonlyMap<string, number>,
  edges: readonly DependencyEdge[],
  parallel: { workers: number } | null,
): Eta {
  const left = new Map<string, number>()
  const unknown: string[] = []
  for (const job of remaining) {
    const typical = medians.get(job.id)
    if (typical === undefined) unknown.push(job.id)
    else left.set(job.id, Math.max(0, typical - (job.elapsed ?? 0)))
  }
  if (!left.size) return { seconds: null, unknown }
  const sum = [...left.values()].reduce((a, b) => a + b, 0)
  if (!parallel) return { seconds: sum, unknown }
  const ids = [...left.keys()]
  const deps = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const edge of edges) if (left.has(edge.from) && left.has(edge.to)) deps.get(edge.to)!.push(edge.from)
  const index = dependencyIndex(ids.map((id) => ({ id, dependencies: deps.get(id)! })))
  const { order } = fifoTopologicalOrder(index)
  const chain = longestPath(index, order, (at) => left.get(index.ids[at]!)!).total
  return { seconds: Math.max(chain, sum / Math.max(1, parallel.workers)), unknown }
}
