/**
 * Environment variables (ENGINE.md §4): validation of `env_variables` at both levels
 * (§4.3, refusals), `inherit_shell_env` (§0.1 #3), `${NAME}` interpolation surprises (§4.2) and
 * `${NAME}` in commands, which the shell expands from the job's final environment.
 */
import { interpolate, referencesIn } from '../env/interpolate'
import { pyStr } from '../env/pyStr'
import { has, isObject, seg, show, typeName } from './context'
import type { Context, JobEntry, JsonObject } from './context'
import { replaceValueFix } from './fixEdits'
import { renameKeyFix } from './fixes'
import { checkCommandVars, checkInherit } from './shell'

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const MAX_VALUE = 32768
const RESERVED = new Set([
  'PATH',
  'HOME',
  'USER',
  'SHELL',
  'PWD',
  'OLDPWD',
  'TERM',
  'DISPLAY',
  'LANG',
  'LC_ALL',
  'TZ',
  'LD_LIBRARY_PATH',
  'PYTHONPATH',
  'JAVA_HOME',
])

export function checkEnv(ctx: Context): void {
  const app = ctx.app!
  const appEnv = checkEnvObject(ctx, app, '', 'Application')
  const inherits = checkInherit(ctx)
  const appStrings = stringify(appEnv)
  const appResult = interpolate(appStrings)
  for (const name of appResult.circular) {
    ctx.add('env-var-circular', `/env_variables${seg(name)}`, circularMessage(name, appStrings[name]!))
  }
  const jobNames = new Set<string>()
  const jobEnvs = ctx.jobs.map((job) => {
    const env = job.obj ? checkEnvObject(ctx, job.obj, job.pointer, `Job ${job.label}`) : undefined
    for (const name of Object.keys(env ?? {})) jobNames.add(name)
    return env
  })
  // An app value may reference a name that jobs define: it is resolved at job time.
  for (const { name, ref } of appResult.undefinedRefs) {
    if (!jobNames.has(ref))
      ctx.add('env-var-undefined', `/env_variables${seg(name)}`, undefinedMessage(name, ref))
  }
  ctx.jobs.forEach((job, i) => {
    const env = jobEnvs[i]
    if (env && Object.keys(env).length > 0) checkJobInterpolation(ctx, job, appResult.values, stringify(env))
    if (job.obj && typeof job.obj.command === 'string') {
      checkCommandVars(ctx, job, job.obj.command, (name) => has(appEnv, name) || has(env, name), inherits)
    }
  })
}

/** Validates one `env_variables`; returns it when it is an object. */
function checkEnvObject(
  ctx: Context,
  owner: JsonObject,
  pointer: string,
  who: string,
): JsonObject | undefined {
  if (!has(owner, 'env_variables')) return undefined
  const env = owner.env_variables
  const path = pointer + '/env_variables'
  if (!isObject(env)) {
    ctx.add(
      'env-not-object',
      path,
      `${who} "env_variables" is ${typeName(env)}; the engine needs an object of NAME: value pairs.`,
      envObjectFix(ctx, path, env),
    )
    return undefined
  }
  for (const [name, value] of Object.entries(env)) {
    const at = path + seg(name)
    if (!NAME.test(name)) {
      const valid = validName(name)
      const fix = has(env, valid) ? undefined : renameKeyFix(ctx.doc, at, valid, `Rename to ${valid}`)
      ctx.add(
        'env-name-invalid',
        at,
        `${who} env variable name ${show(name)} is invalid: names must match [A-Za-z_][A-Za-z0-9_]* (letters, digits, _; not starting with a digit).`,
        fix,
      )
    } else if (RESERVED.has(name)) {
      ctx.add(
        'env-reserved-name',
        at,
        `${who} env variable ${name} overrides a reserved variable; the engine allows it with a warning, and jobs lose the inherited value.`,
      )
    }
    const text = pyStr(value)
    // Only a string can carry a NUL: str() of other values is a repr, which escapes it as \x00.
    if (typeof value === 'string' && text.includes('\u0000'))
      ctx.add(
        'env-value-nul',
        at,
        `${who} env variable ${name} contains a NUL character; the engine refuses it.`,
        replaceValueFix(ctx.doc, at, value.replaceAll('\u0000', ''), 'Remove the NUL characters'),
      )
    if (text.length > MAX_VALUE) {
      ctx.add(
        'env-value-too-long',
        at,
        `${who} env variable ${name} is ${text.length} characters long; the engine refuses values over 32768 characters.`,
      )
    }
    if (typeof value !== 'string') {
      ctx.add(
        'env-value-not-string',
        at,
        `${who} env variable ${name} is ${typeName(value)}: jobs receive the text ${show(text)} (Python's str()). Write it as a string.`,
        replaceValueFix(ctx.doc, at, text, `Write it as the string jobs receive: ${show(text)}`),
      )
    }
  }
  return env
}

/** `MY-VAR` → `MY_VAR`, `1ST` → `_1ST`: the name with every character the engine refuses replaced. */
function validName(name: string): string {
  const replaced = name.replace(/[^A-Za-z0-9_]/g, '_')
  return /^[0-9]/.test(replaced) || replaced === '' ? '_' + replaced : replaced
}

/** `null` → `{}`; a list of `NAME=value` strings → the object it spells. */
function envObjectFix(ctx: Context, path: string, env: unknown) {
  if (env === null) return replaceValueFix(ctx.doc, path, {}, 'Replace null with {}')
  if (!Array.isArray(env) || env.length === 0) return undefined
  const pairs = env.map((entry: unknown) =>
    typeof entry === 'string' ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(entry) : null,
  )
  if (pairs.some((p) => p === null)) return undefined
  const object = Object.fromEntries(pairs.map((p) => [p![1]!, p![2]!]))
  if (Object.keys(object).length !== env.length) return undefined
  return replaceValueFix(ctx.doc, path, object, 'Write the NAME=value entries as an object')
}

function stringify(env: JsonObject | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env ?? {})) out[name] = pyStr(value)
  return out
}

/**
 * At each attempt: app (already interpolated) ← job, then interpolated again (ENGINE.md §4.1).
 * Only the job's own values can be newly circular or undefined, and only if they hold a reference;
 * a name's result depends only on the names it reaches, so the names reachable from the job's
 * referencing values are enough (a big application env is not re-interpolated for every job).
 */
function checkJobInterpolation(
  ctx: Context,
  job: JobEntry,
  appValues: Record<string, string>,
  jobEnv: Record<string, string>,
): void {
  const starts = Object.keys(jobEnv).filter((name) => jobEnv[name]!.includes('${'))
  if (starts.length === 0) return
  const merged = (name: string): string | undefined =>
    own(jobEnv, name) ? jobEnv[name] : own(appValues, name) ? appValues[name] : undefined
  const subset: Record<string, string> = {}
  const queue = [...starts]
  for (let i = 0; i < queue.length; i++) {
    const name = queue[i]!
    const value = merged(name)
    if (value === undefined || own(subset, name)) continue
    subset[name] = value
    if (value.includes('${')) queue.push(...referencesIn(value))
  }
  const result = interpolate(subset)
  for (const name of result.circular) {
    if (own(jobEnv, name))
      ctx.add(
        'env-var-circular',
        `${job.pointer}/env_variables${seg(name)}`,
        circularMessage(name, jobEnv[name]!),
      )
  }
  for (const { name, ref } of result.undefinedRefs) {
    if (own(jobEnv, name))
      ctx.add('env-var-undefined', `${job.pointer}/env_variables${seg(name)}`, undefinedMessage(name, ref))
  }
}

function own(record: Record<string, string>, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, name)
}

function circularMessage(name: string, value: string): string {
  return `${name} = ${show(value)} is part of a circular reference: the engine leaves it literally as written and logs a warning.`
}

function undefinedMessage(name: string, ref: string): string {
  return `\${${ref}} in ${name} is not defined in env_variables: the engine leaves it as literal text (it never reads the inherited shell environment here). Define ${ref}, or pass it with --env.`
}
