/**
 * The selection (ids, and the primary job's position when it was picked by position) resolved
 * against the current jobs. Positions matter only where ids collide; a position whose job no longer
 * has the selected id (jobs were added or removed above it) falls back to the first job with the id.
 */
import type { JobModel } from '@/domain/document/types'

/** The job the inspector edits. */
export function selectedJob(
  jobs: readonly JobModel[],
  id: string,
  index: number | null,
): JobModel | undefined {
  const at = index === null ? undefined : jobs[index]
  return at?.id === id ? at : jobs.find((j) => j.id === id)
}

/** Positions of the selected jobs: one per selected id (the primary one by position when given). */
export function selectedPositions(
  jobs: readonly JobModel[],
  ids: readonly string[],
  index: number | null,
): Set<number> {
  const positions = new Set<number>()
  if (ids.length === 0) return positions
  const primary = ids.at(-1)!
  const chosen = selectedJob(jobs, primary, index)
  if (chosen) positions.add(chosen.index)
  const others = new Set(ids.slice(0, -1).filter((id) => id !== primary))
  for (const job of jobs) {
    if (job.id !== undefined && others.has(job.id)) {
      positions.add(job.index)
      others.delete(job.id)
    }
  }
  return positions
}
