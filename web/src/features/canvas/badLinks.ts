/**
 * The dependencies the canvas draws as errors, found once per parse: the edges of the dependency
 * cycles the diagnostics report (`dependency-cycle`, found by the domain's findCycles, a job
 * depending on itself included) and the dependencies on jobs that do not exist (`dependency-unknown`).
 */
import type { JobModel } from '@/domain/document/types'
import { findCycles } from '@/domain/graph/cycles'
import { edgeId } from './edgeIds'

export interface BadLinks {
  /** Edge ids (edgeIds.ts edgeId) on a cycle. */
  cycle: ReadonlySet<string>
  /** `to` depends on `from`, which is no job's id. */
  missing: readonly { from: string; to: string }[]
}

export const NO_BAD_LINKS: BadLinks = { cycle: new Set(), missing: [] }

/** Per jobs array (each parse makes a new one): the canvas rebuilds its edges far more often. */
const found = new WeakMap<readonly JobModel[], BadLinks>()

export function badLinksOf(jobs: readonly JobModel[]): BadLinks {
  const hit = found.get(jobs)
  if (hit) return hit
  const graph = jobs.flatMap((j) => (j.id === undefined ? [] : [{ id: j.id, dependencies: j.dependencies }]))
  const cycle = new Set<string>()
  // A cycle is written as the engine prints it: ['a', 'b', 'a'] means a depends on b, b on a.
  for (const ids of findCycles(graph))
    for (let i = 0; i + 1 < ids.length; i++) cycle.add(edgeId(ids[i + 1]!, ids[i]!))
  const known = new Set(graph.map((j) => j.id))
  const missing: { from: string; to: string }[] = []
  const shown = new Set<string>()
  for (const job of graph) {
    if (shown.has(job.id)) continue // the canvas shows the first job of a duplicate id
    shown.add(job.id)
    for (const dep of new Set(job.dependencies)) if (!known.has(dep)) missing.push({ from: dep, to: job.id })
  }
  const links = { cycle, missing }
  found.set(jobs, links)
  return links
}
