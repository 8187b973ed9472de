/**
 * Job search, shared by the job list and the canvas: which jobs match the query (id or
 * description, case-insensitive), and stepping through the matches with Enter / arrow keys.
 */

export interface SearchableJob {
  id?: string
  index: number
  raw?: unknown
}

export interface JobMatch {
  id: string
  index: number
  description: string
}

export function jobDescription(job: SearchableJob): string {
  const raw = (job.raw ?? {}) as Record<string, unknown>
  return typeof raw.description === 'string' ? raw.description : ''
}

/** Jobs with an id whose id or description contains the query, in declaration order (all when empty). */
export function matchingJobs(jobs: readonly SearchableJob[], query: string): JobMatch[] {
  const q = query.trim().toLowerCase()
  return jobs.flatMap((job) => {
    if (job.id === undefined) return []
    const description = jobDescription(job)
    if (q && !job.id.toLowerCase().includes(q) && !description.toLowerCase().includes(q)) return []
    return [{ id: job.id, index: job.index, description }]
  })
}

/**
 * The match after (`delta` 1) or before (-1) `current`, wrapping around; -1 when there is none.
 * From no current match (-1), forward starts at the first and backward at the last.
 */
export function stepMatch(current: number, count: number, delta: 1 | -1): number {
  if (count === 0) return -1
  if (current < 0 || current >= count) return delta === 1 ? 0 : count - 1
  return (current + delta + count) % count
}
