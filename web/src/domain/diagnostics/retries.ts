/**
 * Retry settings (ENGINE.md §2.1–§2.3). None is validated at load, so all of these are warnings:
 * values that crash a job, that never match, or that do not do what they look like.
 */
import { jobField } from '../schema/fields'
import { effective, has, isNumber, numberInString, seg, show, typeName } from './context'
import type { Context, JobEntry, JsonObject } from './context'
import { removePropertyFix, replaceValueFix } from './fixEdits'
import { setValueFix } from './fixes'
import { checkExitCodes, checkStatuses } from './retryLists'

const NUMERIC = ['max_retries', 'retry_delay', 'retry_backoff', 'retry_jitter', 'max_retry_time'] as const

/** Job key → its top-level fallback (the schema's `x-inherits`) and the engine's value. */
const fallbackOf = (key: string): string | undefined => jobField(key)?.inherits
const builtIn = (key: string): unknown => jobField(key)?.default
const valueFor = (ctx: Context, job: JsonObject, key: string) =>
  effective(ctx, job, key, fallbackOf(key), builtIn(key))

export function checkRetries(ctx: Context): void {
  const app = ctx.app!
  for (const key of NUMERIC) {
    const appKey = fallbackOf(key)!
    if (has(app, appKey))
      checkNumber(ctx, '/' + appKey, appKey, app[appKey], 'Every job without its own value')
  }
  if (has(app, 'default_retry_on_exit_codes'))
    checkExitCodes(ctx, '/default_retry_on_exit_codes', app.default_retry_on_exit_codes)
  const inheritingTimeZero: JobEntry[] = []
  const inheritingCodes: JobEntry[] = []
  const negativeDefaultDelay: JobEntry[] = []
  for (const job of ctx.jobs) {
    const obj = job.obj
    if (!obj) continue
    for (const key of NUMERIC) {
      if (has(obj, key)) checkNumber(ctx, job.pointer + seg(key), key, obj[key], `Job ${job.label}`)
    }
    if (has(obj, 'retry_on_status')) checkStatuses(ctx, job, obj.retry_on_status)
    if (has(obj, 'retry_on_exit_codes'))
      checkExitCodes(ctx, job.pointer + '/retry_on_exit_codes', obj.retry_on_exit_codes)
    const retries = valueFor(ctx, obj, 'max_retries').value
    if (!isNumber(retries) || retries <= 0) continue
    const time = valueFor(ctx, obj, 'max_retry_time')
    if (time.value === 0) {
      if (time.from === 'job') {
        const fallback = has(app, 'default_max_retry_time')
          ? app.default_max_retry_time
          : builtIn('max_retry_time')
        const at = job.pointer + '/max_retry_time'
        const fix =
          isNumber(fallback) && fallback > 0
            ? removePropertyFix(ctx.doc, at, `Remove "max_retry_time" (the job then uses ${fallback} s)`)
            : undefined
        ctx.add('retry-time-zero', at, timeZeroMessage(`Job ${job.label}`, 'max_retry_time'), fix)
      } else inheritingTimeZero.push(job)
    }
    checkIneffectiveCodes(ctx, job, obj, inheritingCodes)
    const negativeDelay = negativeDelayWithoutJitter(ctx, obj)
    if (negativeDelay === 'app') negativeDefaultDelay.push(job)
    else if (negativeDelay === 'job') {
      ctx.add('retry-value-crash', job.pointer + '/retry_delay', `Job ${job.label}: ${NEGATIVE_DELAY}`)
    }
  }
  if (negativeDefaultDelay.length > 0) {
    ctx.add(
      'retry-value-crash',
      '/default_retry_delay',
      `${negativeDefaultDelay.length} job(s) with retries: ${NEGATIVE_DELAY}`,
    )
  }
  if (inheritingTimeZero.length > 0) {
    const engine = builtIn('max_retry_time')
    ctx.add(
      'retry-time-zero',
      '/default_max_retry_time',
      timeZeroMessage(`${inheritingTimeZero.length} job(s) with retries`, 'default_max_retry_time'),
      removePropertyFix(
        ctx.doc,
        '/default_max_retry_time',
        `Remove "default_max_retry_time" (the engine's default is ${String(engine)} s)`,
      ),
    )
  }
  if (inheritingCodes.length > 0) {
    ctx.add(
      'retry-exit-codes-ineffective',
      '/default_retry_on_exit_codes',
      `"default_retry_on_exit_codes" cannot restrict retries: ${inheritingCodes.length} job(s) with retries also retry on status FAILED (the default), i.e. on every non-zero exit code. Set "retry_on_status": [] on those jobs to retry only on these codes.`,
    )
  }
}

const NEGATIVE_DELAY = 'a negative retry delay with no jitter crashes the engine at the first retry.'

/** A negative delay with no jitter reaches `sleep()` as is (ENGINE.md §1.1); says where it is written. */
function negativeDelayWithoutJitter(ctx: Context, obj: JsonObject): 'job' | 'app' | undefined {
  const delay = valueFor(ctx, obj, 'retry_delay')
  const jitter = valueFor(ctx, obj, 'retry_jitter').value
  if (!isNumber(delay.value) || delay.value >= 0 || jitter !== 0) return undefined
  return delay.from === 'job' ? 'job' : 'app'
}

function timeZeroMessage(who: string, key: string): string {
  return `${who}: "${key}" 0 means no retries at all (not "no limit"): the engine stops before the first retry. Remove it or set a number of seconds.`
}

function checkNumber(ctx: Context, path: string, key: string, value: unknown, who: string): void {
  const isCount = key.endsWith('max_retries')
  const inString = numberInString(value)
  const asNumber =
    inString !== undefined && (!isCount || Number.isInteger(inString))
      ? replaceValueFix(ctx.doc, path, inString, `Write ${inString} as a number`)
      : undefined
  if (value === null) {
    ctx.add(
      'retry-value-crash',
      path,
      `${who}: "${key}" is null, which does not fall back to a default: the engine crashes when the job starts. Remove the key instead.`,
      removePropertyFix(ctx.doc, path, `Remove "${key}"`),
    )
  } else if (!isNumber(value)) {
    if (isCount && typeof value === 'string') {
      ctx.add(
        'retry-value-crash',
        path,
        `${who}: "${key}" is a string (${show(value)}): the engine crashes when the job starts. Use a whole number.`,
        asNumber,
      )
    } else {
      ctx.add(
        'retry-value-type',
        path,
        `${who}: "${key}" is ${typeName(value)} (${show(value)}); the engine expects a number and does not check it.`,
        asNumber,
      )
    }
  } else if (isCount && value < 0) {
    ctx.add(
      'retries-negative',
      path,
      `${who}: "${key}" is ${value}: with a negative count the command never runs and the job fails ("Unknown failure"). Use 0 for no retries.`,
      replaceValueFix(ctx.doc, path, 0, `Set "${key}" to 0 (no retries)`),
    )
  } else if (isCount && !Number.isInteger(value)) {
    const whole = Math.round(value)
    ctx.add(
      'retries-not-integer',
      path,
      `${who}: "${key}" is ${value}: the engine makes ${Math.ceil(value)} attempt(s), waits once more and then fails. Use a whole number.`,
      replaceValueFix(ctx.doc, path, whole, `Round "${key}" to ${whole}`),
    )
  }
}

/** A retry happens if the status OR the exit code matches (ENGINE.md §2.2). */
function checkIneffectiveCodes(ctx: Context, job: JobEntry, obj: JsonObject, inheriting: JobEntry[]): void {
  const codes = effective(ctx, obj, 'retry_on_exit_codes', fallbackOf('retry_on_exit_codes'), undefined)
  if (codes.from === 'engine') return
  const statuses = has(obj, 'retry_on_status') ? obj.retry_on_status : builtIn('retry_on_status')
  const keepsFailed = Array.isArray(statuses)
    ? statuses.includes('FAILED')
    : typeof statuses === 'string' && statuses.includes('FAILED')
  if (!keepsFailed) return
  if (codes.from === 'app') {
    inheriting.push(job)
    return
  }
  const fix = setValueFix(
    ctx.doc.text,
    ['jobs', job.index, 'retry_on_status'],
    [],
    `Set "retry_on_status": [] on job ${job.label}`,
  )
  ctx.add(
    'retry-exit-codes-ineffective',
    job.pointer + '/retry_on_exit_codes',
    `Job ${job.label}: "retry_on_exit_codes" cannot restrict retries while "retry_on_status" contains FAILED${has(obj, 'retry_on_status') ? '' : ' (the default)'}: every non-zero exit code is retried. Set "retry_on_status": [] to retry only on these codes.`,
    fix,
  )
}
