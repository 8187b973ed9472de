/** The status bar's summary of a run: jobs done of total, time elapsed and the ETA. */
import type { DependencyEdge } from '@/domain/document/types'
import { executionMode, type ModeOverrides } from '@/domain/plan/mode'
import { estimateRemaining, type Eta } from './eta'
import type { LiveRun } from './liveRun'

/** The mode flags the server put on the engine's command line. */
export function modeOverrides(command: readonly string[]): ModeOverrides {
  const overrides: ModeOverrides = {}
  if (command.includes('--parallel')) overrides.parallel = true
  if (command.includes('--sequential')) overrides.sequential = true
  const workers = Number(command[command.indexOf('--workers') + 1])
  if (command.includes('--workers') && Number.isInteger(workers)) overrides.workers = workers
  return overrides
}

export interface RunProgress {
  done: number
  total: number
  elapsedSeconds: number | null
  /** Null once the run is over. */
  eta: Eta | null
}

export function runProgress(
  live: LiveRun,
  context: {
    command: readonly string[]
    app: Record<string, unknown>
    edges: readonly DependencyEdge[]
    medians: ReadonlyMap<string, number>
    now: number
  },
): RunProgress {
  const end = live.finalStatus ? live.endedAt : context.now
  const elapsedSeconds =
    live.startedAt !== null && end !== null ? Math.max(0, (end - live.startedAt) / 1000) : null
  if (live.finalStatus) return { done: live.done, total: live.total, elapsedSeconds, eta: null }
  const mode = executionMode(context.app, modeOverrides(context.command))
  const remaining = live.jobs
    .filter((j) => j.state === 'queued' || j.state === 'running' || j.state === 'retrying')
    .map((j) => {
      const start = j.tries[0]?.start ?? null
      return { id: j.id, elapsed: start === null ? null : Math.max(0, (context.now - start) / 1000) }
    })
  const eta = estimateRemaining(
    remaining,
    context.medians,
    context.edges,
    mode.parallel ? { workers: mode.slots } : null,
  )
  return { done: live.done, total: live.total, elapsedSeconds, eta }
}
