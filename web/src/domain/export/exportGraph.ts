/**
 * The graph every export draws or writes: one entry per job with a string id (the first of a
 * duplicated id, as the canvas shows it), and one edge per dependency between two such jobs.
 * Card texts follow the canvas cards (JobNode.vue): id, description, first line of the command, badges.
 */
import type { ConfigModel, DependencyEdge } from '../document/types'

export interface ExportJob {
  id: string
  /** Position in the `jobs` array. */
  index: number
  description: string
  /** The first non-empty line of the command (the card shows one line). */
  commandLine: string
  /** Short facts, as the card's badges: `2 deps`, `3 retries`, `600 s`, `1 check`, `2 env`. */
  badges: string[]
}

export interface ExportGraph {
  jobs: ExportJob[]
  edges: DependencyEdge[]
}

const str = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v)
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0)
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function badgesOf(raw: Record<string, unknown>, deps: number): string[] {
  const checks = count(raw.pre_checks) + count(raw.post_checks)
  const env = Object.keys(obj(raw.env_variables)).length
  const badges: string[] = []
  if (deps) badges.push(plural(deps, 'dep'))
  if (typeof raw.max_retries === 'number' && raw.max_retries)
    badges.push(plural(raw.max_retries, 'retry').replace('retrys', 'retries'))
  if (typeof raw.timeout === 'number') badges.push(`${raw.timeout} s`)
  if (checks) badges.push(plural(checks, 'check'))
  if (env) badges.push(`${env} env`)
  return badges
}

export function exportGraph(model: ConfigModel): ExportGraph {
  const jobs: ExportJob[] = []
  const seen = new Set<string>()
  for (const job of model.jobs) {
    if (job.id === undefined || seen.has(job.id)) continue
    seen.add(job.id)
    const raw = obj(job.raw)
    jobs.push({
      id: job.id,
      index: job.index,
      description: str(raw.description),
      commandLine:
        str(raw.command)
          .split('\n')
          .find((l) => l.trim()) ?? '',
      badges: badgesOf(raw, job.dependencies.length),
    })
  }
  const edges = model.edges.filter((e) => seen.has(e.from) && seen.has(e.to) && e.from !== e.to)
  return { jobs, edges }
}
