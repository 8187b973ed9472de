/**
 * The plan: what the engine will actually do with a config (ENGINE.md §2, §7.3, §7.4). Pure and
 * linear in jobs + dependencies, so it can be recomputed on every edit of a 1000-job file.
 * Jobs without a string id are left out (the engine refuses such a file).
 */
import type { ConfigModel } from '../document/types'
import { dependencyIndex, longestPath } from '../graph/dependencyIndex'
import { worstCase, type WorstCase } from './duration'
import { MAX_ITERATIONS, PARALLEL_CEILING_SECONDS } from './engineDefaults'
import { executionMode, type ExecutionMode, type ModeOverrides } from './mode'
import { dryRunOrder, parallelWaves, sequentialOrder, type DryRunOptions, type DryRunOrder } from './order'
import { effectiveSettings, type EffectiveSettings } from './settings'

export type { WorstCase } from './duration'
export type { ExecutionMode, ModeOverrides } from './mode'
export type { DryRunOrder, DryRunOptions } from './order'
export type { EffectiveSetting, EffectiveSettings, SettingKey, SettingSource } from './settings'

export interface PlanOptions {
  /** The engine's `--sequential` / `--parallel` / `--workers`. */
  overrides?: ModeOverrides
  dryRun?: DryRunOptions
}

export interface JobPlan {
  id: string
  /** Position in the `jobs` array. */
  index: number
  settings: EffectiveSettings
  worstCase: WorstCase
}

export interface Plan {
  mode: ExecutionMode
  /** The order of a real sequential run in which every job succeeds. */
  sequentialOrder: string[]
  /** The order `--dry-run` prints (see DryRunOrder.ambiguousAt). */
  dryRun: DryRunOrder
  /** Parallel waves under the effective worker count (computed in sequential mode too). */
  waves: string[][]
  /** Jobs that can never start: on a dependency cycle, behind one, or behind an unknown dependency. */
  neverRuns: { id: string; reason: string }[]
  /** Per job with a string id, in declaration order. */
  jobs: JobPlan[]
  /** The longest chain of worst-case durations through the dependencies. */
  criticalPath: { ids: string[]; seconds: number }
  /** Upper bounds: one job after the other; wave after wave in parallel mode. */
  totals: { sequentialSeconds: number; parallelSeconds: number }
  /** What the user should know about the run as a whole. */
  notes: string[]
}

export function buildPlan(model: ConfigModel, options: PlanOptions = {}): Plan {
  const named = model.jobs.filter((job): job is typeof job & { id: string } => job.id !== undefined)
  const index = dependencyIndex(named.map((job) => ({ id: job.id, dependencies: job.dependencies })))
  const firstOfId = new Map<string, (typeof named)[number]>()
  for (const job of named) if (!firstOfId.has(job.id)) firstOfId.set(job.id, job)

  const jobs: JobPlan[] = index.ids.map((id) => {
    const job = firstOfId.get(id)!
    const settings = effectiveSettings(job.raw, model.app)
    return { id, index: job.index, settings, worstCase: jobWorstCase(job.raw, settings) }
  })
  const seconds = (at: number) => jobs[at]!.worstCase.seconds
  const mode = executionMode(model.app, options.overrides)
  const sequential = sequentialOrder(index)
  const waves = parallelWaves(index, mode.slots)
  const critical = longestPath(index, sequential.order, seconds)
  const sequentialSeconds = sequential.order.reduce((sum, at) => sum + seconds(at), 0)
  const parallelSeconds = waves.reduce((sum, wave) => sum + Math.max(...wave.map(seconds)), 0)

  const neverRuns = sequential.blocked.map((at) => ({
    id: index.ids[at]!,
    reason: index.unknownDeps[at]!.length
      ? `depends on ${index.unknownDeps[at]!.join(', ')}, which does not exist`
      : 'on or behind a dependency cycle, or behind a job that never runs',
  }))
  return {
    mode,
    sequentialOrder: sequential.order.map((at) => index.ids[at]!),
    dryRun: dryRunOrder(index, options.dryRun),
    waves: waves.map((wave) => wave.map((at) => index.ids[at]!)),
    neverRuns,
    jobs,
    criticalPath: { ids: critical.path.map((at) => index.ids[at]!), seconds: critical.total },
    totals: { sequentialSeconds, parallelSeconds },
    notes: planNotes(model, mode, sequential.order.length, parallelSeconds),
  }
}

/** An empty or blank command counts as SUCCESS at once, checks skipped (ENGINE.md §2 `command`). */
function jobWorstCase(raw: unknown, settings: EffectiveSettings): WorstCase {
  const command = (raw as { command?: unknown }).command
  if (typeof command === 'string' && command.trim() === '') {
    return {
      ...worstCase(settings),
      seconds: 0,
      attempts: 1,
      delaySeconds: 0,
      caveat: 'empty command: succeeds at once',
    }
  }
  return worstCase(settings)
}

function planNotes(
  model: ConfigModel,
  mode: ExecutionMode,
  runnable: number,
  parallelSeconds: number,
): string[] {
  const notes = [...mode.notes]
  if (mode.crash) notes.push(mode.crash)
  const unnamed = model.jobs.filter((job) => job.id === undefined).length
  if (unnamed) notes.push(`${unnamed} job(s) without a string id are left out (the engine refuses the file)`)
  if (!mode.parallel && runnable > MAX_ITERATIONS) {
    notes.push(
      `more than ${MAX_ITERATIONS} jobs: a sequential run stops after ${MAX_ITERATIONS} dequeued jobs`,
    )
  }
  if (mode.parallel && parallelSeconds > PARALLEL_CEILING_SECONDS) {
    notes.push(
      `the engine aborts parallel runs after about ${Math.round(PARALLEL_CEILING_SECONDS / 60)} minutes ` +
        `(1000 scheduler iterations); this plan's worst case is longer`,
    )
  }
  return notes
}
