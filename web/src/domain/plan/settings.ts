/**
 * Effective attempt settings of one job, as the engine's job runner computes them (ENGINE.md §2,
 * §2.1): the job key if present, else the top-level `default_*` key, else the hard-coded value, with
 * the engine's coercions. A present key with `null` does not cascade (only `timeout` is rescued).
 */
import { pyStr } from '../env/pyStr'
import { ENGINE_DEFAULTS, INVALID_JOB_TIMEOUT } from './engineDefaults'
import { isPyNumber, pyInt, pyNumberValue } from './python'

export type SettingKey = keyof typeof ENGINE_DEFAULTS
export const SETTING_KEYS = Object.keys(ENGINE_DEFAULTS) as SettingKey[]

/** Where a value came from: the job, a top-level `default_*` key, or the engine's own default. */
export type SettingSource = 'job' | `default_${SettingKey}` | 'engine default'

export interface EffectiveSetting {
  key: SettingKey
  /** The value the engine uses, after its coercions. */
  value: unknown
  source: SettingSource
  /** The value as written, when the engine uses something else. */
  written?: unknown
  /** Why the value differs from what is written, or what will go wrong with it. */
  note?: string
  /** The engine raises an uncaught exception with this value (at job start or at the first retry). */
  crash?: boolean
}

export type EffectiveSettings = Record<SettingKey, EffectiveSetting>

const has = (obj: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(obj, key)

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** Effective settings of a job (`job` is the job's raw value, `app` the top-level object). */
export function effectiveSettings(job: unknown, app: Record<string, unknown>): EffectiveSettings {
  const own = asObject(job)
  const result = {} as EffectiveSettings
  for (const key of SETTING_KEYS) {
    result[key] = key === 'timeout' ? effectiveTimeout(own, app) : cascade(key, own, app)
  }
  return result
}

function effectiveTimeout(job: Record<string, unknown>, app: Record<string, unknown>): EffectiveSetting {
  const key = 'timeout'
  if (has(job, key)) {
    const written = job[key]
    // The validator rewrites a non-number or non-positive timeout to 600 (ENGINE.md §0.1 #9).
    if (!isPyNumber(written) || pyNumberValue(written) <= 0) {
      return {
        key,
        value: INVALID_JOB_TIMEOUT,
        source: 'job',
        written,
        note: `invalid timeout ${pyStr(written)}: the engine warns and uses ${INVALID_JOB_TIMEOUT}`,
      }
    }
    return convertedTimeout(written, 'job')
  }
  if (has(app, 'default_timeout')) return convertedTimeout(app.default_timeout, 'default_timeout')
  return { key, value: ENGINE_DEFAULTS.timeout, source: 'engine default' }
}

/** The runner applies `int()`; anything it cannot convert silently becomes the engine default. */
function convertedTimeout(written: unknown, source: SettingSource): EffectiveSetting {
  const key = 'timeout'
  const value = pyInt(written)
  if (value === undefined) {
    return {
      key,
      value: ENGINE_DEFAULTS.timeout,
      source: 'engine default',
      written,
      note: `${source} ${pyStr(written)} cannot be converted with int(): the engine silently uses ${ENGINE_DEFAULTS.timeout}`,
    }
  }
  const setting: EffectiveSetting = { key, value, source }
  if (written !== value) {
    setting.written = written
    setting.note = written === true ? 'true counts as 1 second' : `converted with int() to ${value}`
  }
  if (value <= 0) setting.note = `${setting.note ? setting.note + '; ' : ''}every attempt times out at once`
  return setting
}

function cascade(
  key: SettingKey,
  job: Record<string, unknown>,
  app: Record<string, unknown>,
): EffectiveSetting {
  const defaultKey = `default_${key}` as const
  // retry_on_status has no top-level default key (ENGINE.md §2.2).
  const appHasDefault = key !== 'retry_on_status' && has(app, defaultKey)
  const source: SettingSource = has(job, key) ? 'job' : appHasDefault ? defaultKey : 'engine default'
  const value = source === 'job' ? job[key] : source === defaultKey ? app[defaultKey] : ENGINE_DEFAULTS[key]
  return { key, value: isPyNumber(value) ? pyNumberValue(value) : value, source, ...problems(key, value) }
}

function problems(key: SettingKey, value: unknown): Pick<EffectiveSetting, 'note' | 'crash'> {
  if (key === 'retry_on_status' || key === 'retry_on_exit_codes') {
    if (Array.isArray(value)) return {}
    if (key === 'retry_on_status' && typeof value === 'string') {
      return { note: 'a string, not a list: statuses are matched as substrings of it' }
    }
    return { note: `${pyStr(value)} is not a list: the engine crashes when an attempt fails`, crash: true }
  }
  if (!isPyNumber(value)) {
    const when = key === 'max_retries' ? 'when the job starts' : 'at the first retry'
    return { note: `${pyStr(value)} is not a number: the engine crashes ${when}`, crash: true }
  }
  const n = pyNumberValue(value)
  if (key === 'max_retries' && n < 0) return { note: 'negative: the command never runs (Unknown failure)' }
  if (key === 'max_retries' && !Number.isInteger(n)) {
    return { note: 'not an integer: attempts stop at the integer part, after one extra retry delay' }
  }
  if (key === 'max_retry_time' && n === 0) return { note: '0 disables retries (it does not mean "no limit")' }
  if (key === 'retry_delay' && n < 0)
    return { note: 'negative: with jitter 0 the engine crashes at the first retry' }
  return {}
}
