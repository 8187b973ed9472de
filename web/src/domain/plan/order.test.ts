import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { buildPlan } from './index'
import { backwardsChain, fanIn } from '../bigConfigs.testkit'

/** A config from `[id, deps]` pairs, plus top-level settings. */
function config(jobs: [string, string[]?][], app: Record<string, unknown> = {}) {
  const text = JSON.stringify({
    working_dir: '/tmp',
    ...app,
    jobs: jobs.map(([id, deps]) => ({ id, command: 'true', ...(deps ? { dependencies: deps } : {}) })),
  })
  return parseDocument(text).model
}

describe('sequential and dry-run orders (ENGINE.md §7.3)', () => {
  it('runs [c(dep a), a, b, d(dep c,b)] as a, b, c, d while the dry-run prints a, c, b, d', () => {
    const plan = buildPlan(config([['c', ['a']], ['a'], ['b'], ['d', ['c', 'b']]]))
    expect(plan.sequentialOrder).toEqual(['a', 'b', 'c', 'd'])
    expect(plan.dryRun.order).toEqual(['a', 'c', 'b', 'd'])
  })

  it('queues the dependents a job releases in declaration order, after what is already queued', () => {
    // x releases z then y (declaration order), behind w which was ready from the start.
    const plan = buildPlan(config([['x'], ['w'], ['z', ['x']], ['y', ['x']]]))
    expect(plan.sequentialOrder).toEqual(['x', 'w', 'z', 'y'])
  })

  it('flags jobs whose several unvisited dependencies make the engine dry-run order random', () => {
    const plan = buildPlan(config([['join', ['left', 'right']], ['left'], ['right']]))
    expect(plan.dryRun.order).toEqual(['left', 'right', 'join'])
    expect(plan.dryRun.ambiguousAt).toEqual(['join'])
    const reversed = buildPlan(config([['join', ['left', 'right']], ['left'], ['right']]), {
      dryRun: { dependencyOrder: (_id, deps) => [...deps].reverse() },
    })
    expect(reversed.dryRun.order).toEqual(['right', 'left', 'join'])
  })

  it('counts duplicated dependencies once and leaves out jobs that can never start', () => {
    const plan = buildPlan(
      config([['a'], ['b', ['a', 'a']], ['c', ['ghost']], ['d', ['c']], ['e', ['f']], ['f', ['e']]]),
    )
    expect(plan.sequentialOrder).toEqual(['a', 'b'])
    expect(plan.neverRuns.map((n) => n.id)).toEqual(['c', 'd', 'e', 'f'])
    expect(plan.neverRuns[0]!.reason).toMatch(/ghost/)
    // The dry-run still terminates on a cycle (the engine refuses such a file before printing).
    expect(plan.dryRun.order).toHaveLength(6)
  })

  it('orders a 1000-job chain declared backwards and plans a 1000-job fan-in', () => {
    // How long this takes is measured by `make bench` (bench/domain.mjs), not asserted here.
    const long = buildPlan(config(backwardsChain(1000)))
    const wide = buildPlan(config(fanIn(1000), { parallel: true, max_workers: 10 }))
    expect(long.sequentialOrder[0]).toBe('j0')
    expect(long.sequentialOrder[999]).toBe('j999')
    expect(long.dryRun.order).toEqual(long.sequentialOrder)
    expect(long.criticalPath.ids).toHaveLength(1000)
    expect(wide.waves).toHaveLength(101)
  })
})

describe('parallel waves (ENGINE.md §7.3: dependents wait for every running job)', () => {
  it('makes a quick job’s dependent wait for the slow job of the same wave', () => {
    const plan = buildPlan(
      config([['quick'], ['slow'], ['after_quick', ['quick']]], { parallel: true, max_workers: 4 }),
    )
    expect(plan.waves).toEqual([['quick', 'slow'], ['after_quick']])
  })

  it('fills at most max_workers slots per wave, oldest queued first', () => {
    const plan = buildPlan(
      config([['a'], ['b'], ['c'], ['d', ['a']], ['e', ['b']]], { parallel: true, max_workers: 2 }),
    )
    expect(plan.waves).toEqual([['a', 'b'], ['c', 'd'], ['e']])
  })

  it('uses ceil of a fractional max_workers and 1 for max_workers <= 0', () => {
    const jobs: [string][] = [['a'], ['b'], ['c'], ['d']]
    expect(buildPlan(config(jobs, { parallel: true, max_workers: 2.5 })).waves).toEqual([
      ['a', 'b', 'c'],
      ['d'],
    ])
    expect(buildPlan(config(jobs, { parallel: true, max_workers: 0 })).waves).toHaveLength(4)
  })

  it('estimates the parallel total wave by wave and the critical path through the DAG', () => {
    const plan = buildPlan(
      parseDocument(
        JSON.stringify({
          parallel: true,
          max_workers: 2,
          jobs: [
            { id: 'a', command: 'x', timeout: 100 },
            { id: 'b', command: 'x', timeout: 10 },
            { id: 'c', command: 'x', timeout: 50, dependencies: ['b'] },
          ],
        }),
      ).model,
    )
    expect(plan.waves).toEqual([['a', 'b'], ['c']])
    expect(plan.totals).toEqual({ sequentialSeconds: 160, parallelSeconds: 150 })
    expect(plan.criticalPath).toEqual({ ids: ['a'], seconds: 100 })
  })

  it('counts an empty command as instant (the engine marks it SUCCESS without running anything)', () => {
    const plan = buildPlan(
      parseDocument('{"jobs": [{"id": "noop", "command": "  ", "max_retries": 3}]}').model,
    )
    expect(plan.jobs[0]!.worstCase).toMatchObject({ seconds: 0, attempts: 1 })
  })
})
