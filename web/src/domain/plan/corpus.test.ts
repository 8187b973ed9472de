/**
 * The plan against the engine's own measurements (`verdicts.json`): real sequential order, dry-run
 * order and mode line for every corpus file that has them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { corpusAvailable, corpusSkipReason, corpusText } from '../document/document.testkit'
import type { GraphJob } from '../graph/cycles'
import { dependencyIndex } from '../graph/dependencyIndex'
import { buildPlan } from './index'
import { dryRunOrder } from './order'

interface Verdict {
  accepted: boolean
  mode: string | null
  dry_run_order: string[]
  run_order_sequential?: string[]
}

const VERDICTS = fileURLToPath(new URL('../../../../../shared/executioner/verdicts.json', import.meta.url))
const verdicts: Record<string, Verdict> =
  corpusAvailable && existsSync(VERDICTS) ? JSON.parse(readFileSync(VERDICTS, 'utf8')) : {}
const files = Object.keys(verdicts).filter((f) => f.endsWith('.json'))
const withSequential = files.filter((f) => verdicts[f]!.run_order_sequential)
const withDryRun = files.filter((f) => verdicts[f]!.dry_run_order.length > 0)
const withMode = files.filter((f) => verdicts[f]!.mode !== null)

const planOf = (file: string) => buildPlan(parseDocument(corpusText(file)).model)

const title = corpusAvailable
  ? 'plan vs engine verdicts'
  : `plan vs engine verdicts: SKIPPED, ${corpusSkipReason}`

describe.skipIf(!corpusAvailable || files.length === 0)(title, () => {
  it('covers the files the engine ran, including the two without working_dir', () => {
    expect(withSequential).toContain('release_96.0.json')
    expect(withSequential).toContain('seed_sample.json')
    // Every file the engine accepted, plus those two (run after adding a working_dir).
    expect(withSequential.length).toBe(files.filter((f) => verdicts[f]!.accepted).length + 2)
  })

  it.each(withSequential)('%s: sequential order equals the real run', (file) => {
    const plan = planOf(file)
    expect(plan.sequentialOrder).toEqual(verdicts[file]!.run_order_sequential)
    expect(plan.neverRuns).toEqual([])
  })

  it.each(withDryRun)('%s: dry-run order equals the engine output', (file) => {
    const plan = planOf(file)
    const expected = verdicts[file]!.dry_run_order
    if (plan.dryRun.ambiguousAt.length === 0) {
      // Deterministic in the engine: our default (written order) must be exactly it.
      expect(plan.dryRun.order).toEqual(expected)
    } else {
      // The engine iterated some dependency set in a hash order: replaying that order must reproduce it.
      const rank = new Map(expected.map((id, i) => [id, i]))
      const jobs = parseDocument(corpusText(file)).model.jobs.flatMap((j) =>
        j.id === undefined ? [] : [j as GraphJob],
      )
      const replayed = dryRunOrder(dependencyIndex(jobs), {
        dependencyOrder: (_id, deps) => [...deps].sort((a, b) => rank.get(a)! - rank.get(b)!),
      })
      expect(replayed.order).toEqual(expected)
    }
  })

  it.each(withMode)('%s: mode line equals the engine output', (file) => {
    expect(planOf(file).mode.text).toBe(verdicts[file]!.mode)
  })
})
