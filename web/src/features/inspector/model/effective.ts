/**
 * Placeholders for inherited job settings: the value the engine really uses when the job leaves a
 * key out, and where it comes from (`30 · from default_retry_delay`, `10800 · engine default`).
 * The cascade itself is `@/domain/plan/settings` (ENGINE.md §2.1).
 */
import type { EffectiveSetting } from '@/domain/plan/settings'

export function formatValue(value: unknown): string {
  if (value === undefined) return ''
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Placeholder for a key the job does not set (empty when it does). */
export function placeholderFor(setting: Pick<EffectiveSetting, 'value' | 'source'>): string {
  if (setting.source === 'job') return ''
  const value = formatValue(setting.value)
  return setting.source === 'engine default'
    ? `${value} · engine default`
    : `${value} · from ${setting.source}`
}

/** The job's log directory when it sets none: the run's `log_dir`, itself defaulting to `<working_dir>/logs`. */
export function jobLogDirPlaceholder(app: Record<string, unknown>): string {
  if (typeof app.log_dir === 'string') return `${app.log_dir} · from log_dir`
  return runLogDirPlaceholder(app)
}

/** The run's log directory when `log_dir` is absent: `<working_dir>/logs` (ENGINE.md §1.1). */
export function runLogDirPlaceholder(app: Record<string, unknown>): string {
  const base = typeof app.working_dir === 'string' ? app.working_dir.replace(/\/+$/, '') : '<working_dir>'
  return `${base}/logs · engine default`
}
