/**
 * What each card shows from the overlay store (plan wave, critical path, run state), derived in one
 * pass over the overlay's own data when the overlay changes, never per card: a card then reads its
 * own entry (useCardOverlay.ts). Unchanged entries keep their object, so only the cards whose entry
 * changed re-render.
 */
import type { JobRunDecor, PlanOverlay, RunOverlay } from '@/stores/canvasOverlay'

export interface CardOverlay {
  /** 1-based wave, while the plan overlay is shown. */
  wave?: number
  /** On the critical path, while the plan overlay is shown. */
  critical: boolean
  run?: JobRunDecor
}

const sameRun = (a: JobRunDecor | undefined, b: JobRunDecor | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.state === b.state &&
    a.detail === b.detail &&
    a.startedAt === b.startedAt)

const same = (a: CardOverlay, b: CardOverlay) =>
  a.wave === b.wave && a.critical === b.critical && sameRun(a.run, b.run)

/** Entries by job id; `previous` lends its objects to entries that did not change. */
export function cardOverlays(
  plan: PlanOverlay | null,
  run: RunOverlay | null,
  previous: ReadonlyMap<string, CardOverlay> = new Map(),
): Map<string, CardOverlay> {
  const next = new Map<string, CardOverlay>()
  const entry = (id: string) => {
    let e = next.get(id)
    if (!e) next.set(id, (e = { critical: false }))
    return e
  }
  if (plan) {
    for (const [id, wave] of plan.waves) entry(id).wave = wave
    for (const id of plan.criticalPath) entry(id).critical = true
  }
  if (run) for (const [id, decor] of run.jobs) entry(id).run = decor
  for (const [id, e] of next) {
    const old = previous.get(id)
    if (old && same(old, e)) next.set(id, old)
  }
  return next
}

/** Ids of the jobs running now (their incoming edges animate). */
export function runningJobs(run: RunOverlay | null): Set<string> {
  const ids = new Set<string>()
  if (run) for (const [id, decor] of run.jobs) if (decor.state === 'running') ids.add(id)
  return ids
}
