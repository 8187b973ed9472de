/**
 * The one table of diagnostic codes (DESIGN.md §5). `error` = the engine refuses the config
 * (`--dry-run` exits 1, a crash included); `warning` = accepted, but it will surprise;
 * `info` = worth knowing.
 */
import type { Diagnostic, QuickFix, Severity } from './types'

interface CodeInfo {
  severity: Severity
  summary: string
}

export const CODES = {
  // Refused by the engine (ENGINE.md §0, §0.1, §7.1, §7.2).
  'json-syntax': { severity: 'error', summary: 'The file is not valid JSON' },
  'root-not-object': { severity: 'error', summary: 'The top level is not an object' },
  'working-dir-missing': { severity: 'error', summary: '`working_dir` is missing' },
  'working-dir-type': { severity: 'error', summary: '`working_dir` is not a string (the engine crashes)' },
  'jobs-missing': { severity: 'error', summary: '`jobs` is missing' },
  'jobs-not-array': { severity: 'error', summary: '`jobs` is not an array' },
  'job-not-object': { severity: 'error', summary: 'A job is not an object' },
  'job-id-missing': { severity: 'error', summary: 'A job has no `id`' },
  'job-id-type': { severity: 'error', summary: 'A job `id` is not a string' },
  'job-id-duplicate': { severity: 'error', summary: 'Two jobs have the same `id`' },
  'job-command-missing': { severity: 'error', summary: 'A job has no `command`' },
  'job-command-type': { severity: 'error', summary: 'A job `command` is not a string' },
  'dependencies-not-array': { severity: 'error', summary: '`dependencies` is not an array' },
  'dependency-not-string': {
    severity: 'error',
    summary: 'A dependency is not a string (the engine crashes)',
  },
  'dependency-unknown': { severity: 'error', summary: 'A dependency names a job that does not exist' },
  'dependency-cycle': { severity: 'error', summary: 'Jobs depend on each other in a cycle' },
  'env-not-object': { severity: 'error', summary: '`env_variables` is not an object' },
  'env-name-invalid': { severity: 'error', summary: 'Invalid environment variable name' },
  'env-value-nul': { severity: 'error', summary: 'An environment value contains a NUL character' },
  'env-value-too-long': {
    severity: 'error',
    summary: 'An environment value is longer than 32768 characters',
  },
  'inherit-shell-env-invalid': { severity: 'error', summary: 'Invalid `inherit_shell_env`' },
  'max-workers-type': { severity: 'error', summary: '`max_workers` is not a number (the engine crashes)' },
  'application-name-slash': {
    severity: 'error',
    summary: '`application_name` contains `/` (the engine crashes)',
  },
  'log-dir-type': { severity: 'error', summary: '`log_dir` is not a string (the engine crashes)' },
  // Accepted, but surprising (ENGINE.md "Surprises").
  'json-non-finite': { severity: 'warning', summary: 'NaN/Infinity: accepted by Python, not standard JSON' },
  'name-ignored': {
    severity: 'warning',
    summary: '`name` is ignored: runs are recorded under the file name',
  },
  'working-dir-relative': { severity: 'warning', summary: '`working_dir` is relative' },
  'job-id-slash': { severity: 'warning', summary: 'A job id contains `/` (crash when the job starts)' },
  'timeout-invalid': { severity: 'warning', summary: 'Invalid `timeout`: the engine uses 600 s' },
  'timeout-true': { severity: 'warning', summary: '`timeout: true` means 1 second' },
  'default-timeout-invalid': { severity: 'warning', summary: 'Surprising `default_timeout`' },
  'flag-not-boolean': { severity: 'warning', summary: 'A flag is not a boolean (truthiness applies)' },
  'max-workers-invalid': { severity: 'warning', summary: '`max_workers` is not a positive integer' },
  'email-address-invalid': {
    severity: 'warning',
    summary: 'E-mail notifications are on but no address is valid',
  },
  'no-effect': { severity: 'warning', summary: 'This setting has no effect in the engine' },
  'key-ignored': { severity: 'warning', summary: 'The engine ignores this key' },
  'unknown-key': { severity: 'warning', summary: 'Unknown key (ignored by the engine)' },
  'duplicate-key': { severity: 'warning', summary: 'Duplicate key: the engine keeps the last one' },
  'secret-in-config': { severity: 'warning', summary: 'A password is stored in the config file' },
  'job-count-limit': { severity: 'warning', summary: 'More than 1000 jobs: the engine aborts the run' },
  'plugins-run-code': { severity: 'warning', summary: 'Dependency plugins run code, also in dry-run' },
  'plugins-malformed': { severity: 'warning', summary: 'Malformed `dependency_plugins`' },
  'check-malformed': {
    severity: 'warning',
    summary: 'Malformed check (the run crashes when the job starts)',
  },
  'check-unknown': { severity: 'warning', summary: 'Unknown check name (the job fails at run time)' },
  'check-params': { severity: 'warning', summary: 'Wrong check parameters (the check fails at run time)' },
  'check-param-var': { severity: 'warning', summary: '`${VAR}` in a check parameter is never expanded' },
  'check-param-glob': { severity: 'warning', summary: 'This check does not expand glob patterns' },
  'retry-time-zero': { severity: 'warning', summary: '`max_retry_time: 0` disables retries' },
  'retry-exit-codes-ineffective': {
    severity: 'warning',
    summary: '`retry_on_exit_codes` cannot restrict retries while `retry_on_status` has FAILED',
  },
  'retries-negative': { severity: 'warning', summary: 'Negative retries: the command never runs' },
  'retries-not-integer': { severity: 'warning', summary: 'Fractional retries behave oddly' },
  'retry-value-type': { severity: 'warning', summary: 'A retry setting has the wrong type' },
  'retry-value-crash': {
    severity: 'warning',
    summary: 'This retry value crashes the engine when the job starts',
  },
  'retry-status-unknown': { severity: 'warning', summary: 'A `retry_on_status` entry never matches' },
  'env-var-undefined': { severity: 'warning', summary: 'Undefined `${VAR}` stays literal' },
  'env-var-circular': { severity: 'warning', summary: 'Circular `${VAR}` references stay literal' },
  'env-reserved-name': { severity: 'warning', summary: 'Overrides a reserved environment variable' },
  'env-value-not-string': { severity: 'warning', summary: 'Non-string value is converted the Python way' },
  'command-var-undefined': {
    severity: 'warning',
    summary: '`${VAR}` in a command is not defined for the job',
  },
  // Worth knowing.
  'application-name-default': { severity: 'info', summary: 'Runs are recorded under the file name' },
  'name-shadowed': { severity: 'info', summary: '`name` is ignored (`application_name` is used)' },
  'command-var-from-shell': {
    severity: 'info',
    summary: '`${VAR}` in a command comes from the inherited shell',
  },
  'command-empty': { severity: 'info', summary: 'Empty command: the job succeeds without doing anything' },
  'parallel-time-limit': { severity: 'info', summary: 'Parallel runs stop after about 18 minutes' },
  'disabled-key': { severity: 'info', summary: '`_`-prefixed key: a disabled setting' },
} as const satisfies Record<string, CodeInfo>

export type Code = keyof typeof CODES

/** One quick fix, several (the likeliest first), or none; undefined entries (no fix possible) are dropped. */
export type FixOffer = QuickFix | readonly (QuickFix | undefined)[] | undefined

export function diag(code: Code, path: string, message: string, offer?: FixOffer): Diagnostic {
  const d: Diagnostic = { code, severity: CODES[code].severity, path, message }
  const fixes = (Array.isArray(offer) ? offer : [offer]).filter((f): f is QuickFix => f !== undefined)
  if (fixes.length > 0) {
    d.fixes = fixes
    d.fix = fixes[0]
  }
  return d
}
