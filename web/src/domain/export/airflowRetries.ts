/**
 * The engine's effective retry settings of a job (plan/settings.ts) as BashOperator arguments, and
 * what has no Airflow equivalent, said in words for a comment in the DAG file.
 *
 * The engine sleeps retry_delay × retry_backoff^a (a = 0, 1…) between attempts. Airflow's
 * exponential backoff doubles instead and is capped by max_retry_delay: the cap is set to the
 * engine's longest delay, so no Airflow wait is longer than the engine's.
 */
import { canRetry } from '../plan/duration'
import type { EffectiveSettings } from '../plan/settings'

export interface RetryMapping {
  retries: number
  retryDelaySeconds: number
  exponentialBackoff: boolean
  /** Only with exponential backoff. */
  maxRetryDelaySeconds?: number
  /** What Airflow does not do the same way. */
  notes: string[]
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const json = (v: unknown) => JSON.stringify(v)

export function retryMapping(settings: EffectiveSettings): RetryMapping {
  const notes: string[] = []
  const maxRetries = num(settings.max_retries.value)
  const delay = Math.max(0, num(settings.retry_delay.value) ?? 0)
  const backoff = num(settings.retry_backoff.value) ?? 1
  const maxRetryTime = num(settings.max_retry_time.value)
  let retries = maxRetries === undefined ? 0 : Math.max(0, Math.floor(maxRetries))

  const crash = (
    ['max_retries', 'retry_delay', 'retry_backoff', 'retry_jitter', 'max_retry_time'] as const
  ).find((key) => settings[key].crash)
  if (crash) notes.push(`${crash} ${json(settings[crash].value)}: the engine crashes on it; no retries here`)
  else if (maxRetries !== undefined && maxRetries < 0)
    notes.push('max_retries < 0: the engine never runs the command')
  else if (maxRetries !== undefined && !Number.isInteger(maxRetries))
    notes.push(
      `max_retries ${maxRetries}: the engine makes ${Math.floor(maxRetries) + 1} attempts then waits once more`,
    )
  if (crash || (maxRetries !== undefined && maxRetries < 0)) retries = 0

  if (retries > 0 && !canRetry(settings)) {
    notes.push('no failure is retried by the engine (retry_on_status and retry_on_exit_codes never match)')
    retries = 0
  }
  if (retries > 0 && maxRetryTime === 0) {
    notes.push('max_retry_time 0: the engine makes one attempt only')
    retries = 0
  }
  const mapping: RetryMapping = { retries, retryDelaySeconds: delay, exponentialBackoff: false, notes }
  if (retries === 0) return mapping

  if (retries > 1 && backoff > 1) {
    mapping.exponentialBackoff = true
    mapping.maxRetryDelaySeconds = delay * backoff ** (retries - 1)
    notes.push(`retry_backoff ${backoff}: Airflow doubles the delay instead, up to the engine's longest wait`)
  } else if (retries > 1 && backoff < 1) {
    notes.push(
      `retry_backoff ${backoff}: the engine shortens each delay; Airflow waits retry_delay each time`,
    )
  }
  const jitter = num(settings.retry_jitter.value) ?? 0
  const differences = [
    jitter > 0 ? `±${Math.round(jitter * 100)} % jitter` : '',
    maxRetryTime !== undefined ? `no retry after ${maxRetryTime} s (max_retry_time)` : '',
    `retries on status ${json(settings.retry_on_status.value)} or exit codes ${json(settings.retry_on_exit_codes.value)} only`,
  ]
  notes.push(
    `the engine also applies: ${differences.filter(Boolean).join('; ')}; Airflow retries every failure`,
  )
  return mapping
}
