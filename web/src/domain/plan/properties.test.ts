/** Invariants of the orders and waves on random acyclic configs (fast-check). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { buildPlan } from './index'

/** A random DAG: job i may only depend on jobs declared with a higher index, then jobs are shuffled. */
const dagConfig = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.record({
      deps: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 4 }), {
        minLength: n,
        maxLength: n,
      }),
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      workers: fc.integer({ min: 1, max: 5 }),
    }),
  )
  .map(({ deps, order, workers }) => {
    const jobs = order.map((i) => ({
      id: `j${i}`,
      command: 'true',
      dependencies: deps[i]!.filter((d) => d > i).map((d) => `j${d}`),
    }))
    return { parallel: true, max_workers: workers, working_dir: '/tmp', jobs }
  })

function dependenciesOf(config: { jobs: { id: string; dependencies: string[] }[] }) {
  return new Map(config.jobs.map((j) => [j.id, j.dependencies]))
}

function isTopological(order: string[], deps: Map<string, string[]>): boolean {
  const at = new Map(order.map((id, i) => [id, i]))
  return order.every((id) => deps.get(id)!.every((d) => at.get(d)! < at.get(id)!))
}

describe('plan invariants on random DAGs', () => {
  it('sequential and dry-run orders are complete topological orders', () => {
    fc.assert(
      fc.property(dagConfig, (config) => {
        const plan = buildPlan(parseDocument(JSON.stringify(config)).model)
        const deps = dependenciesOf(config)
        expect(plan.neverRuns).toEqual([])
        expect([...plan.sequentialOrder].sort()).toEqual([...deps.keys()].sort())
        expect([...plan.dryRun.order].sort()).toEqual([...deps.keys()].sort())
        expect(isTopological(plan.sequentialOrder, deps)).toBe(true)
        expect(isTopological(plan.dryRun.order, deps)).toBe(true)
      }),
    )
  })

  it('waves respect max_workers, put every dependency in an earlier wave and follow the FIFO order', () => {
    fc.assert(
      fc.property(dagConfig, (config) => {
        const plan = buildPlan(parseDocument(JSON.stringify(config)).model)
        const deps = dependenciesOf(config)
        const waveOf = new Map(plan.waves.flatMap((wave, w) => wave.map((id) => [id, w] as const)))
        expect(waveOf.size).toBe(deps.size)
        for (const wave of plan.waves) expect(wave.length).toBeLessThanOrEqual(config.max_workers)
        for (const [id, ds] of deps) for (const d of ds) expect(waveOf.get(d)!).toBeLessThan(waveOf.get(id)!)
        // With one worker, waves are the sequential run itself.
        const single = buildPlan(parseDocument(JSON.stringify({ ...config, max_workers: 1 })).model)
        expect(single.waves.flat()).toEqual(single.sequentialOrder)
        // The critical path is a dependency chain and no longer than everything run in a row.
        const path = plan.criticalPath.ids
        for (let i = 1; i < path.length; i++) expect(deps.get(path[i]!)).toContain(path[i - 1])
        expect(plan.criticalPath.seconds).toBeLessThanOrEqual(plan.totals.sequentialSeconds)
        expect(plan.totals.parallelSeconds).toBeGreaterThanOrEqual(plan.criticalPath.seconds)
      }),
    )
  })
})
