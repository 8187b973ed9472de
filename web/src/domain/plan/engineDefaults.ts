/**
 * The engine's hard-coded values that the plan needs. The attempt defaults come from the JSON Schema
 * (`schema/executioner-config.schema.json`, `default` keywords of the job fields: the code's values,
 * ENGINE.md §1.3); the constants below are behaviours the schema does not describe (ENGINE.md §0.1,
 * §2.2, §2.3, §4.5, §7.3).
 */
import { engineDefault } from '../schema'

function schemaDefault<T>(key: string, level: 'app' | 'job', valid: (v: unknown) => v is T): T {
  const value = engineDefault(key, level)
  if (!valid(value)) throw new Error(`the JSON Schema has no usable default for ${level} key ${key}`)
  return value
}
const isNumber = (v: unknown): v is number => typeof v === 'number'
const isNumbers = (v: unknown): v is readonly number[] => Array.isArray(v) && v.every(isNumber)
const isStrings = (v: unknown): v is readonly string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')

/** The value used when neither the job nor a top-level `default_*` key sets it (ENGINE.md §2). */
export const ENGINE_DEFAULTS = {
  timeout: schemaDefault('timeout', 'job', isNumber),
  max_retries: schemaDefault('max_retries', 'job', isNumber),
  retry_delay: schemaDefault('retry_delay', 'job', isNumber),
  retry_backoff: schemaDefault('retry_backoff', 'job', isNumber),
  retry_jitter: schemaDefault('retry_jitter', 'job', isNumber),
  max_retry_time: schemaDefault('max_retry_time', 'job', isNumber),
  retry_on_exit_codes: schemaDefault('retry_on_exit_codes', 'job', isNumbers),
  /** No top-level `default_retry_on_status` exists: this fallback is hard-coded (§2.2). */
  retry_on_status: schemaDefault('retry_on_status', 'job', isStrings),
}

/** ENGINE.md §0.1 #9: a job `timeout` that is not a positive number is replaced by 600 (not by the defaults). */
export const INVALID_JOB_TIMEOUT = 600

/** ENGINE.md §1.1: `max_workers` absent or ≤ 0 → 1. */
export const DEFAULT_MAX_WORKERS = schemaDefault('max_workers', 'app', isNumber)

/** ENGINE.md §2.3: with jitter > 0 a retry delay is never below 0.1 s. */
export const MIN_JITTERED_DELAY = 0.1

/** ENGINE.md §2.2: the statuses an attempt can end with (retry_on_status is matched against these). */
export const ATTEMPT_STATUSES = ['FAILED', 'TIMEOUT', 'ERROR', 'POSTCHECK_FAILED'] as const

/**
 * ENGINE.md §7.3: both loops stop after 1000 iterations. Sequentially an iteration is one dequeued
 * job; in parallel mode an idle iteration lasts about 1.1 s, so a parallel run is aborted after
 * roughly 1000 × 1.1 s.
 */
export const MAX_ITERATIONS = 1000
export const PARALLEL_CEILING_SECONDS = 1100

/** ENGINE.md §4.5: names inherited with `inherit_shell_env: "default"`, when set. */
export const DEFAULT_INHERITED_NAMES: readonly string[] = [
  'PATH',
  'LD_LIBRARY_PATH',
  'HOME',
  'USER',
  'SHELL',
  'HOSTNAME',
  'TERM',
  'DISPLAY',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'JAVA_HOME',
  'PYTHON_HOME',
  'NODE_PATH',
]
