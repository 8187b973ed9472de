/**
 * What the Plan panel lists, from a Plan (domain/plan): the rows of each section, the summary
 * figures, and the one-line reason why the dry-run order differs from the real one. Plain data,
 * built once per plan (not per row) so a 1000-job plan costs a few milliseconds.
 */
import type { Plan } from '@/domain/plan'
import { humanDuration } from './humanDuration'

export type PlanSection = 'order' | 'dryRun' | 'waves' | 'critical' | 'never'

export interface PlanRow {
  key: string
  /** A heading (a wave) or a job; only job rows can be clicked. */
  kind: 'heading' | 'job'
  /** The job id of a job row. */
  id?: string
  /** What stands at the left: a position ("3"), or nothing. */
  marker: string
  text: string
  /** Secondary text at the right, e.g. "wave 2 · ≤ 20 min". */
  detail: string
  tone?: 'muted' | 'danger'
}

/** 1-based wave of each job id. */
export function waveOf(plan: Plan): Map<string, number> {
  const waves = new Map<string, number>()
  plan.waves.forEach((wave, i) => {
    for (const id of wave) waves.set(id, i + 1)
  })
  return waves
}

const atMost = (seconds: number) => `≤ ${humanDuration(seconds)}`

export function sectionRows(
  plan: Plan,
  section: PlanSection,
  waves: ReadonlyMap<string, number> = waveOf(plan),
): PlanRow[] {
  const worst = new Map(plan.jobs.map((j) => [j.id, j.worstCase.seconds]))
  const job = (id: string, marker: string, detail: string, key = id): PlanRow => ({
    key,
    kind: 'job',
    id,
    marker,
    text: id || '(empty id)',
    detail,
  })
  switch (section) {
    case 'order':
      return plan.sequentialOrder.map((id, i) =>
        job(id, `${i + 1}`, `wave ${waves.get(id) ?? '—'} · ${atMost(worst.get(id) ?? 0)}`),
      )
    case 'dryRun': {
      const runAt = new Map(plan.sequentialOrder.map((id, i) => [id, i + 1]))
      return plan.dryRun.order.map((id, i) => {
        const at = runAt.get(id)
        const detail = at === undefined ? 'never runs' : at === i + 1 ? '' : `runs ${ordinal(at)}`
        return job(id, `${i + 1}`, detail)
      })
    }
    case 'waves':
      return plan.waves.flatMap((wave, i) => {
        const longest = Math.max(...wave.map((id) => worst.get(id) ?? 0))
        const heading: PlanRow = {
          key: `wave-${i + 1}`,
          kind: 'heading',
          marker: '',
          text: `Wave ${i + 1}`,
          detail: `${plural(wave.length, 'job')} · ${atMost(longest)}`,
        }
        return [heading, ...wave.map((id) => job(id, '', atMost(worst.get(id) ?? 0), `${i}:${id}`))]
      })
    case 'critical': {
      let elapsed = 0
      return plan.criticalPath.ids.map((id, i) => {
        elapsed += worst.get(id) ?? 0
        return job(id, `${i + 1}`, `${atMost(worst.get(id) ?? 0)} · at ${humanDuration(elapsed)}`)
      })
    }
    case 'never':
      return plan.neverRuns.map((n) => ({ ...job(n.id, '', n.reason), tone: 'danger' as const }))
  }
}

export function ordinal(n: number): string {
  const tens = n % 100
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Null when the dry-run prints the jobs in the real order; otherwise one line saying where and why
 * they part (ENGINE.md §7.3, §7.4).
 */
export function orderDifference(plan: Plan): string | null {
  const { order } = plan.dryRun
  const first = order.findIndex((id, i) => plan.sequentialOrder[i] !== id)
  if (first === -1 && order.length === plan.sequentialOrder.length) return null
  const from = first === -1 ? order.length : first
  return (
    `The dry-run lists jobs in another order from position ${from + 1}: it walks each job's ` +
    `dependencies depth-first, while a real run starts jobs as they become ready, in file order.`
  )
}

export interface PlanSummary {
  mode: string
  /** Where the mode comes from, e.g. "from \"parallel\"" or "engine default". */
  modeSource: string
  workers: string
  critical: string
  sequential: string
  parallel: string
  jobs: string
}

export function planSummary(plan: Plan): PlanSummary {
  const sources: Record<Plan['mode']['parallelSource'], string> = {
    parallel: 'set by "parallel"',
    'engine default': 'the engine default ("parallel" is not set)',
    '--parallel': 'chosen here (like --parallel)',
    '--sequential': 'chosen here (like --sequential)',
  }
  const never = plan.neverRuns.length
  return {
    mode: plan.mode.parallel ? `Parallel, ${plural(plan.mode.slots, 'worker')}` : 'Sequential',
    modeSource: sources[plan.mode.parallelSource],
    workers: plan.mode.parallel
      ? `${plural(plan.mode.slots, 'job')} at a time`
      : `${plural(plan.mode.slots, 'job')} at a time if run in parallel`,
    critical: humanDuration(plan.criticalPath.seconds),
    sequential: humanDuration(plan.totals.sequentialSeconds),
    parallel: humanDuration(plan.totals.parallelSeconds),
    jobs: `${plural(plan.jobs.length, 'job')}${never ? `, ${never} never run` : ''}`,
  }
}
