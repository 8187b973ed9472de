/**
 * Dependencies (ENGINE.md §0.1 #11, §2.4, §7.1): the shape of `dependencies`, unknown ids and
 * cycles, each reported where the offending entry is.
 */
import { findCycles } from '../graph/cycles'
import type { GraphJob } from '../graph/cycles'
import { has, isNumber, seg, show, typeName } from './context'
import type { Context, JobEntry } from './context'
import { replaceValueFix } from './fixEdits'
import { removeArrayItemFix } from './fixes'
import { renameTargets } from './renameTarget'

export function checkGraph(ctx: Context): void {
  const ids = new Set(ctx.jobs.map((j) => j.id).filter((id): id is string => id !== undefined))
  const graph: GraphJob[] = []
  const byId = new Map<string, JobEntry>()
  const renameTarget = renameTargets(ids, ctx.renamedIds)
  for (const job of ctx.jobs) {
    if (!job.obj) continue
    const deps = checkDependencies(ctx, job, ids, renameTarget)
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
    const fix = removeArrayItemFix(
      ctx.doc,
      ['jobs', first.index, 'dependencies', at],
      cycle.length === 2
        ? `Remove the dependency of '${first.id}' on itself`
        : `Remove the dependency of '${first.id}' on '${next}'`,
    )
    ctx.add('dependency-cycle', `${first.pointer}/dependencies/${at}`, message, fix)
  }
}

/** Returns the string dependencies (what the graph is built from). */
function checkDependencies(
  ctx: Context,
  job: JobEntry,
  ids: ReadonlySet<string>,
  renameTarget: (dep: string, exclude: readonly unknown[]) => string | undefined,
): string[] {
  const obj = job.obj!
  if (!has(obj, 'dependencies')) return []
  const deps = obj.dependencies
  const path = job.pointer + seg('dependencies')
  if (!Array.isArray(deps)) {
    const list =
      typeof deps === 'string'
        ? deps
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean)
        : deps === null
          ? []
          : undefined
    const hint = typeof deps === 'string' ? ` Write it as a list: ${show(list)}.` : ''
    ctx.add(
      'dependencies-not-array',
      path,
      `Job ${job.label} has "dependencies" that is ${typeName(deps)}; the engine needs a list of job ids.${hint}`,
      list ? replaceValueFix(ctx.doc, path, list, `Write it as a list: ${show(list)}`) : undefined,
    )
    return []
  }
  const valid: string[] = []
  const at = (k: number) => ['jobs', job.index, 'dependencies', k]
  deps.forEach((dep: unknown, k) => {
    if (typeof dep !== 'string') {
      const asId = isNumber(dep) && ids.has(String(dep)) ? String(dep) : undefined
      ctx.add(
        'dependency-not-string',
        `${path}/${k}`,
        `Job ${job.label} lists ${show(dep)} (${typeName(dep)}) as a dependency; the engine crashes on anything but a job id string.`,
        [
          asId !== undefined
            ? replaceValueFix(ctx.doc, `${path}/${k}`, asId, `Write it as the job id "${asId}"`)
            : undefined,
          removeArrayItemFix(ctx.doc, at(k), `Remove ${show(dep)} from the dependencies`),
        ],
      )
    } else if (!ids.has(dep)) {
      const to = renameTarget(dep, [job.id, ...deps])
      ctx.add(
        'dependency-unknown',
        `${path}/${k}`,
        `Job ${job.label} depends on '${dep}', which does not exist; the engine refuses the config.${to ? ` Did you mean '${to}'?` : ''}`,
        [
          to !== undefined
            ? replaceValueFix(ctx.doc, `${path}/${k}`, to, `Rename the reference to '${to}'`)
            : undefined,
          removeArrayItemFix(ctx.doc, at(k), `Remove the dependency on '${dep}'`),
        ],
      )
    } else {
      valid.push(dep)
    }
  })
  return valid
}
