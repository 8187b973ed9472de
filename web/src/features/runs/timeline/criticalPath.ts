/**
 * The run's critical path: the chain of jobs through their dependencies with the longest sum of actual
 * durations (a job's time from its first try's start to its last try's end, retry waits included).
 */
import type { TimelineBar } from '@/api/history'
import type { DependencyEdge } from '@/domain/document/types'
import { dependencyIndex, fifoTopologicalOrder, longestPath } from '@/domain/graph/dependencyIndex'

/** Seconds each job took, from its bars (per job: its latest run attempt only). */
export function jobSpans(bars: readonly TimelineBar[]): Map<string, number> {
  const latest = new Map<string, number>()
  for (const bar of bars) latest.set(bar.job_id, Math.max(latest.get(bar.job_id) ?? 0, bar.run_attempt))
  const range = new Map<string, [number, number]>()
  for (const bar of bars) {
    if (bar.run_attempt !== latest.get(bar.job_id)) continue
    const [from, to] = range.get(bar.job_id) ?? [Infinity, -Infinity]
    range.set(bar.job_id, [Math.min(from, bar.start_offset), Math.max(to, bar.start_offset + bar.duration)])
  }
  return new Map([...range].map(([id, [from, to]]) => [id, to - from]))
}

export function criticalPath(bars: readonly TimelineBar[], edges: readonly DependencyEdge[]): string[] {
  const spans = jobSpans(bars)
  if (!spans.size) return []
  const ids = [...spans.keys()]
  const deps = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const edge of edges) if (spans.has(edge.from) && spans.has(edge.to)) deps.get(edge.to)!.push(edge.from)
  const index = dependencyIndex(ids.map((id) => ({ id, dependencies: deps.get(id)! })))
  const { order } = fifoTopologicalOrder(index)
  return longestPath(index, order, (at) => spans.get(index.ids[at]!)!).path.map((at) => index.ids[at]!)
}
