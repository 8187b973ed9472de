/**
 * The jobs a job could depend on, each with the reason when it cannot: itself, already a dependency,
 * or a link that would close a cycle (shown as the path it would close).
 */
import { cycleIfLinked, type GraphJob } from '@/domain/graph/cycles'

export interface DependencyChoice {
  id: string
  /** Why it cannot be picked; undefined when it can. */
  blocked?: string
}

export function dependencyChoices(
  jobs: readonly GraphJob[],
  jobId: string,
  current: readonly string[],
): DependencyChoice[] {
  const seen = new Set<string>()
  const choices: DependencyChoice[] = []
  for (const job of jobs) {
    if (job.id === jobId || current.includes(job.id) || seen.has(job.id)) continue
    seen.add(job.id)
    const cycle = cycleIfLinked(jobs, job.id, jobId)
    choices.push(
      cycle ? { id: job.id, blocked: `would close the cycle ${cycle.join(' → ')}` } : { id: job.id },
    )
  }
  return choices
}
