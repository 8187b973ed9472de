/**
 * Pre/post checks (ENGINE.md §3): nothing is validated at load, so every problem here is a
 * warning about what happens when the job runs. Names and parameters come from the schema's
 * check registry.
 */
import { referencesIn } from '../env/interpolate'
import { CHECK_NAMES, CHECK_REGISTRY, isKnownCheck } from '../schema/checks'
import { has, isObject, seg, show, typeName } from './context'
import type { Context, JobEntry } from './context'
import { replaceValueFix, wrapInListFix } from './fixEdits'
import { renameKeyFix } from './fixes'
import { closest } from './similar'

const GLOB = /[*?[]/

export function checkChecks(ctx: Context): void {
  for (const job of ctx.jobs) {
    if (!job.obj) continue
    for (const kind of ['pre_checks', 'post_checks'] as const) {
      if (has(job.obj, kind)) checkList(ctx, job, kind, job.obj[kind])
    }
  }
}

function checkList(ctx: Context, job: JobEntry, kind: string, list: unknown): void {
  const path = job.pointer + seg(kind)
  if (!Array.isArray(list)) {
    ctx.add(
      'check-malformed',
      path,
      `Job ${job.label}: "${kind}" is ${typeName(list)}; it must be a list of {"name", "params"} entries. The run crashes when this job starts.`,
      isObject(list) && typeof list.name === 'string'
        ? wrapInListFix(ctx.doc, path, 'Put this check in a list')
        : undefined,
    )
    return
  }
  list.forEach((entry: unknown, i) => checkEntry(ctx, job, `${path}/${i}`, entry))
}

function checkEntry(ctx: Context, job: JobEntry, path: string, entry: unknown): void {
  const crash = 'The run crashes when this job starts.'
  if (!isObject(entry)) {
    ctx.add(
      'check-malformed',
      path,
      `Job ${job.label}: a check is ${typeName(entry)}; it must be an object {"name", "params"}. ${crash}`,
    )
    return
  }
  if (!has(entry, 'name') || typeof entry.name !== 'string') {
    const what = has(entry, 'name') ? `has a "name" that is ${typeName(entry.name)}` : 'has no "name"'
    ctx.add('check-malformed', path, `Job ${job.label}: a check ${what}. ${crash}`)
    return
  }
  if (has(entry, 'params') && !isObject(entry.params)) {
    ctx.add(
      'check-malformed',
      path + '/params',
      `Job ${job.label}: "params" of check ${entry.name} is ${typeName(entry.params)}; it must be an object. ${crash}`,
    )
    return
  }
  const name = entry.name
  if (!isKnownCheck(name)) {
    const isPlugin = pluginNames(ctx).has(name)
    const guess = isPlugin ? undefined : closest(name, CHECK_NAMES)
    const hint = isPlugin
      ? ' It is the name of a dependency plugin, but plugins cannot add checks.'
      : guess
        ? ` Did you mean "${guess}"?`
        : ` Built-in checks: ${CHECK_NAMES.join(', ')}.`
    ctx.add(
      'check-unknown',
      path + '/name',
      `Job ${job.label}: "${name}" is not a check the engine knows, so this check fails at run time.${hint}`,
      guess ? replaceValueFix(ctx.doc, path + '/name', guess, `Use "${guess}"`) : undefined,
    )
    return
  }
  checkParams(ctx, job, path, name, isObject(entry.params) ? entry.params : undefined)
}

function checkParams(
  ctx: Context,
  job: JobEntry,
  path: string,
  name: string,
  params: Record<string, unknown> | undefined,
): void {
  const info = CHECK_REGISTRY[name]!
  const expected = new Set(info.params.map((p) => p.name))
  const at = params ? path + '/params' : path
  for (const p of info.params) {
    if (p.required && !has(params, p.name)) {
      ctx.add(
        'check-params',
        at,
        `Job ${job.label}: check ${name} needs the parameter "${p.name}"; without it the check fails at run time.`,
      )
    }
  }
  for (const [key, value] of Object.entries(params ?? {})) {
    const where = `${path}/params${seg(key)}`
    if (!expected.has(key)) {
      const guess = closest(key, [...expected])
      ctx.add(
        'check-params',
        where,
        `Job ${job.label}: check ${name} has no parameter "${key}", so the check fails at run time.${guess ? ` Did you mean "${guess}"?` : ''}`,
        guess && !has(params, guess)
          ? renameKeyFix(ctx.doc, where, guess, `Rename to "${guess}"`)
          : undefined,
      )
      continue
    }
    if (typeof value !== 'string') {
      ctx.add(
        'check-params',
        where,
        `Job ${job.label}: "${key}" of check ${name} is ${typeName(value)}; it should be a path string.`,
      )
      continue
    }
    if (referencesIn(value).length > 0) {
      ctx.add(
        'check-param-var',
        where,
        `Job ${job.label}: ${show(value)} is used literally by check ${name}: the engine never expands \${VAR} in check parameters. Write the path out.`,
      )
    }
    const glob = info.params.find((p) => p.name === key)?.glob
    if (!glob && GLOB.test(value)) {
      const sp2 = name === 'check_no_ora_or_sp2_errors'
      const other = sp2 ? ' Use check_no_ora_errors for a glob pattern.' : ''
      const fix = sp2
        ? replaceValueFix(
            ctx.doc,
            path + '/name',
            'check_no_ora_errors',
            'Use check_no_ora_errors (it expands the pattern; SP2- lines are no longer checked)',
          )
        : undefined
      ctx.add(
        'check-param-glob',
        where,
        `Job ${job.label}: check ${name} does not expand patterns, so ${show(value)} must exist literally.${other}`,
        fix,
      )
    }
  }
}

/** Names a user may take for check names: plugin `name`s and plugin file base names. */
function pluginNames(ctx: Context): Set<string> {
  const plugins = ctx.app?.dependency_plugins
  const names = new Set<string>()
  if (!Array.isArray(plugins)) return names
  for (const p of plugins as unknown[]) {
    const path = typeof p === 'string' ? p : isObject(p) && typeof p.path === 'string' ? p.path : undefined
    if (isObject(p) && typeof p.name === 'string') names.add(p.name)
    if (path) names.add((path.split('/').pop() ?? path).replace(/\.[^.]*$/, ''))
  }
  return names
}
