/**
 * Top-level values the engine accepts without checking but uses in surprising ways
 * (ENGINE.md §1.1 and "Surprises"): truthy flags, `default_timeout`, e-mail, plugins.
 */
import { appField } from '../schema/fields'
import { has, isNumber, isObject, show, typeName } from './context'
import type { Context } from './context'
import { replaceValueFix } from './fixEdits'
import { setValueFix } from './fixes'

const FLAGS = ['parallel', 'email_on_success', 'email_on_failure'] as const
const MEANS_FALSE = /^(no|false|off|0|n|)$/i

/** Python's bool() of a JSON value. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  if (isObject(value)) return Object.keys(value).length > 0
  return Boolean(value)
}

export function checkSurprises(ctx: Context): void {
  checkFlags(ctx)
  checkDefaultTimeout(ctx)
  checkEmail(ctx)
  checkPlugins(ctx)
  checkLoopLimits(ctx)
}

/** The engine's scheduler loops stop after 1000 iterations (ENGINE.md §7.3). */
const LOOP_LIMIT = 1000
/** About 1.1 s per idle iteration: roughly 18 minutes of wall-clock time in parallel mode. */
const PARALLEL_CEILING_S = 1100

function checkLoopLimits(ctx: Context): void {
  const app = ctx.app!
  if (ctx.jobs.length > LOOP_LIMIT) {
    ctx.add(
      'job-count-limit',
      '/jobs',
      `${ctx.jobs.length} jobs: the engine's scheduler stops after ${LOOP_LIMIT} iterations ("Possible infinite loop detected") and fails the run. Split the config.`,
    )
  }
  if (!has(app, 'parallel') || !truthy(app.parallel)) return
  const fallback = isNumber(app.default_timeout)
    ? app.default_timeout
    : Number(appField('default_timeout')?.default)
  const long = ctx.jobs.filter((j) => {
    const timeout =
      j.obj && has(j.obj, 'timeout') && isNumber(j.obj.timeout) && j.obj.timeout > 0
        ? j.obj.timeout
        : fallback
    return timeout > PARALLEL_CEILING_S
  }).length
  if (long > 0) {
    ctx.add(
      'parallel-time-limit',
      '/parallel',
      `Parallel runs stop after about 18 minutes (the engine's loop limit): jobs still running are then marked failed ("Abandoned during shutdown"). ${long} job(s) may run longer than that (timeout above ${PARALLEL_CEILING_S} s).`,
    )
  }
}

function checkFlags(ctx: Context): void {
  const app = ctx.app!
  for (const key of FLAGS) {
    if (!has(app, key) || typeof app[key] === 'boolean') continue
    const value = app[key]
    const on = truthy(value)
    const meant = typeof value === 'string' ? !MEANS_FALSE.test(value.trim()) : on
    const fix = setValueFix(ctx.doc.text, [key], meant, `Replace with ${meant}`)
    const title = appField(key)?.title ?? key
    ctx.add(
      'flag-not-boolean',
      '/' + key,
      `"${key}" is ${show(value)} (${typeName(value)}): the engine only tests truthiness, so "${title}" is ${on ? 'ON' : 'OFF'}. Use true or false.`,
      fix,
    )
  }
}

function checkDefaultTimeout(ctx: Context): void {
  const app = ctx.app!
  if (!has(app, 'default_timeout')) return
  const value = app.default_timeout
  const path = '/default_timeout'
  const asInt =
    typeof value === 'boolean'
      ? Number(value)
      : isNumber(value)
        ? Math.trunc(value)
        : typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)
          ? Number(value)
          : undefined
  const set = (n: number, title: string) => replaceValueFix(ctx.doc, path, n, title)
  const engineDefault = Number(appField('default_timeout')?.default ?? 10800)
  if (asInt === undefined) {
    ctx.add(
      'default-timeout-invalid',
      path,
      `"default_timeout" ${show(value)} is not a number: the engine silently uses 10800 seconds (3 h).`,
      set(engineDefault, `Set "default_timeout" to ${engineDefault} (what the engine uses now)`),
    )
  } else if (asInt <= 0) {
    ctx.add(
      'default-timeout-invalid',
      path,
      `"default_timeout" ${show(value)} makes every job without its own "timeout" time out immediately.`,
      set(engineDefault, `Set "default_timeout" to ${engineDefault} (the engine's default)`),
    )
  } else if (typeof value !== 'number') {
    ctx.add(
      'default-timeout-invalid',
      path,
      `"default_timeout" is ${typeName(value)} (${show(value)}); the engine reads it as ${asInt} second(s). Write a number.`,
      set(asInt, `Write ${asInt} as a number`),
    )
  } else if (!Number.isInteger(value)) {
    ctx.add(
      'default-timeout-invalid',
      path,
      `"default_timeout" ${value} is truncated to ${asInt} second(s).`,
      set(asInt, `Set "default_timeout" to ${asInt} (what the engine uses)`),
    )
  }
}

function validAddress(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('@')
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && v.includes('@'))
}

/** The engine logs "Email notifications enabled but email_address is invalid" after every run. */
function checkEmail(ctx: Context): void {
  const app = ctx.app!
  if (validAddress(app.email_address)) return
  const explicitOn = FLAGS.slice(1).filter((k) => has(app, k) && truthy(app[k]))
  const written = has(app, 'email_address') && truthy(app.email_address)
  if (explicitOn.length === 0 && !written) return
  const path = has(app, 'email_address') ? '/email_address' : '/' + explicitOn[0]!
  const what = has(app, 'email_address')
    ? `"email_address" ${show(app.email_address)} contains no valid address`
    : 'there is no "email_address"'
  ctx.add(
    'email-address-invalid',
    path,
    `E-mail notifications are on (${explicitOn.join(', ') || 'email_on_failure defaults to true'}) but ${what}: no mail is sent and every run ends with a warning.`,
  )
}

function checkPlugins(ctx: Context): void {
  const app = ctx.app!
  if (!has(app, 'dependency_plugins')) return
  const plugins = app.dependency_plugins
  const path = '/dependency_plugins'
  if (!Array.isArray(plugins)) {
    const how =
      typeof plugins === 'string'
        ? ': the engine reads it character by character, as one file name per letter'
        : ''
    ctx.add(
      'plugins-malformed',
      path,
      `"dependency_plugins" is ${typeName(plugins)}${how}. Use a list of file paths.`,
      typeof plugins === 'string'
        ? replaceValueFix(ctx.doc, path, [plugins], `Use a list: ${show([plugins])}`)
        : undefined,
    )
    return
  }
  if (plugins.length === 0) return
  ctx.add(
    'plugins-run-code',
    path,
    'Dependency plugins are Python files the engine imports (runs) at the start of every run, --dry-run included. They add no dependency types and no checks.',
  )
  const broken = plugins.findIndex(
    (p: unknown) => !(typeof p === 'string' || (isObject(p) && typeof p.path === 'string')),
  )
  if (broken >= 0) {
    const entry: unknown = plugins[broken]
    const why = isObject(entry) ? 'has no "path"' : `is ${typeName(entry)}`
    const later = broken < plugins.length - 1 ? ' and every later one' : ''
    ctx.add(
      'plugins-malformed',
      `${path}/${broken}`,
      `Plugin entry ${broken} ${why}: the engine stops loading plugins at this entry${later}.`,
    )
  }
}
