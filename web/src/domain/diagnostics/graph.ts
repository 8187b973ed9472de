/**
 * Dependencies (ENGINE.md §0.1 #11, §2.4, §7.1): the shape of `dependencies`, unknown ids and
 * cycles, each reported where the offending entry is.
 */
import { findCycles } from '../graph/cycles'
import type { GraphJob } from '../graph/cycles'
import { has, seg, show, typeName } from './context'
import type { Context, JobEntry } from './context'
import { removeArrayItemFix } from './fixes'

export function checkGraph(ctx: Context): void {
  const ids = new Set(ctx.jobs.map((j) => j.id).filter((id): id is string => id !== undefined))
  const graph: GraphJob[] = []
  const byId = new Map<string, JobEntry>()
  for (const job of ctx.jobs) {
    if (!job.obj) continue
    const deps = checkDependencies(ctx, job, ids)
    if (job.id !== undefined) {
      graph.push({ id: job.id, dependencies: deps })
      if (!byId.has(job.id)) byId.set(job.id, job)
    }
  }
  for (const cycle of findCycles(graph)) {
    const first = byId.get(cycle[0]!)!
    const next = cycle[1]!
    const deps = first.obj!.dependencies as unknown[]
    const at = deps.indexOf(next)
    const text = cycle.join(' -> ')
    const message =
      cycle.length === 2
        ? `Job '${first.id}' depends on itself; the engine refuses it (circular dependency: ${text}).`
        : `Circular dependency: ${text}. The engine refuses the config until one of these links is removed.`
    ctx.add('dependency-cycle', `${first.pointer}/dependencies/${at}`, message)
  }
}

/** Returns the string dependencies (what the graph is built from). */
function checkDependencies(ctx: Context, job: JobEntry, ids: ReadonlySet<string>): string[] {
  const obj = job.obj!
  if (!has(obj, 'dependencies')) return []
  const deps = obj.dependencies
  const path = job.pointer + seg('dependencies')
  if (!Array.isArray(deps)) {
    const hint =
      typeof deps === 'string'
        ? ` Write it as a list: ${show(
            deps
              .split(',')
              .map((d) => d.trim())
              .filter(Boolean),
          )}.`
        : ''
    ctx.add(
      'dependencies-not-array',
      path,
      `Job ${job.label} has "dependencies" that is ${typeName(deps)}; the engine needs a list of job ids.${hint}`,
    )
    return []
  }
  const valid: string[] = []
  deps.forEach((dep: unknown, k) => {
    if (typeof dep !== 'string') {
      ctx.add(
        'dependency-not-string',
        `${path}/${k}`,
        `Job ${job.label} lists ${show(dep)} (${typeName(dep)}) as a dependency; the engine crashes on anything but a job id string.`,
      )
    } else if (!ids.has(dep)) {
      const fix = removeArrayItemFix(
        ctx.doc,
        ['jobs', job.index, 'dependencies', k],
        `Remove the dependency on '${dep}'`,
      )
      ctx.add(
        'dependency-unknown',
        `${path}/${k}`,
        `Job ${job.label} depends on '${dep}', which does not exist; the engine refuses the config.`,
        fix,
      )
    } else {
      valid.push(dep)
    }
  })
  return valid
}
