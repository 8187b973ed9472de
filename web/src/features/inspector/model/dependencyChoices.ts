/**
 * The jobs a job could depend on. A link is refused when it would close a cycle, i.e. when the
 * candidate already (transitively) depends on this job. One reverse walk finds all of those, so the
 * picker stays fast on large configs; the cycle itself is spelled out only for the rows on screen.
 */
import { cycleIfLinked, type GraphJob } from '@/domain/graph/cycles'

export interface DependencyChoice {
  id: string
  /** Linking would close a cycle. */
  blocked: boolean
}

/** Every job that depends on `jobId`, directly or through others. */
function dependentsOf(jobs: readonly GraphJob[], jobId: string): Set<string> {
  const dependents = new Map<string, string[]>()
  for (const job of jobs) {
    for (const dep of job.dependencies) {
      const list = dependents.get(dep)
      if (list) list.push(job.id)
      else dependents.set(dep, [job.id])
    }
  }
  const seen = new Set<string>()
  const queue = [jobId]
  for (let i = 0; i < queue.length; i++) {
    for (const next of dependents.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return seen
}

export function dependencyChoices(
  jobs: readonly GraphJob[],
  jobId: string,
  current: readonly string[],
): DependencyChoice[] {
  const dependents = dependentsOf(jobs, jobId)
  const seen = new Set<string>([jobId, ...current])
  const choices: DependencyChoice[] = []
  for (const job of jobs) {
    if (seen.has(job.id)) continue
    seen.add(job.id)
    choices.push({ id: job.id, blocked: dependents.has(job.id) })
  }
  return choices
}

/** Why a blocked choice is refused: the cycle the link would close, as the engine would print it. */
export function cycleReason(jobs: readonly GraphJob[], candidate: string, jobId: string): string {
  const cycle = cycleIfLinked(jobs, candidate, jobId)
  return cycle ? `would close the cycle ${cycle.join(' → ')}` : ''
}
