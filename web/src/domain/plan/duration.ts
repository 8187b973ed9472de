/**
 * Worst-case duration of one job from its effective settings, following the retry loop of
 * ENGINE.md §2.3: attempt a = 0…max_retries; after a failed attempt a < max_retries the runner sleeps
 * retry_delay × retry_backoff^a (× up to 1 + jitter, floored at 0.1 s when jitter > 0); before every
 * attempt after the first it stops if more than max_retry_time has passed since the first attempt.
 *
 * The worst case is NOT "every attempt times out": attempts that fail early leave time for one more
 * attempt before the max_retry_time check, which can then run for a whole timeout. So this is the
 * supremum over attempt durations in [0, timeout]: for each number k+1 of attempts that can start
 * (the delays before attempt k fit in max_retry_time), the elapsed time before attempt k is at most
 * min(max_retry_time, k × timeout + delays), then attempt k runs a full timeout, then (if it was not
 * the last allowed attempt) one more delay before the check stops the job.
 * Not counted: the 1 s between SIGTERM and SIGKILL on a timeout, check run times, scheduler polling.
 */
import { ATTEMPT_STATUSES, MIN_JITTERED_DELAY } from './engineDefaults'
import type { EffectiveSettings } from './settings'

export interface WorstCase {
  /** Upper bound of the job's run time in seconds (delays included). */
  seconds: number
  /** Attempts started in the worst case (0 when the command never runs). */
  attempts: number
  /** Retry delays slept in the worst case, in seconds. */
  delaySeconds: number
  /** The max_retry_time check, not max_retries, is what ends the worst case. */
  stoppedByMaxRetryTime: boolean
  /** Whether any failure can be retried at all (retry_on_status / retry_on_exit_codes can match). */
  retryable: boolean
  /** Set when the estimate is not reliable, e.g. the engine would crash on a setting. */
  caveat?: string
}

/** Beyond this many attempts the search stops (a config with a million retries is its own problem). */
const MAX_ATTEMPTS_EXAMINED = 10_000

const num = (value: unknown): number => (typeof value === 'number' ? value : 0)

/** Can a failed attempt be retried? Status OR exit code (ENGINE.md §2.2). */
export function canRetry(settings: EffectiveSettings): boolean {
  const statuses = settings.retry_on_status.value
  const byStatus = Array.isArray(statuses)
    ? ATTEMPT_STATUSES.some((s) => statuses.includes(s))
    : typeof statuses === 'string' && ATTEMPT_STATUSES.some((s) => statuses.includes(s))
  const codes = settings.retry_on_exit_codes.value
  // Exit codes are compared with Python equality: 1.0 matches 1, "1" never matches.
  const byCode = Array.isArray(codes) && codes.some((c) => typeof c === 'number' && Number.isInteger(c))
  return byStatus || byCode
}

/** Delay slept after failed attempt `a` (0-based), with jitter at its maximum. */
export function retryDelay(settings: EffectiveSettings, a: number): number {
  const base = num(settings.retry_delay.value) * num(settings.retry_backoff.value) ** a
  const jitter = num(settings.retry_jitter.value)
  if (jitter > 0) return Math.max(MIN_JITTERED_DELAY, base * (1 + jitter))
  // A negative delay with jitter 0 crashes the engine (reported by the settings note); count nothing.
  return Math.max(0, base)
}

export function worstCase(settings: EffectiveSettings): WorstCase {
  const timeout = Math.max(0, num(settings.timeout.value))
  const maxRetries = num(settings.max_retries.value)
  const retryable = canRetry(settings)
  if (settings.max_retries.crash) {
    return { ...single(0, retryable), attempts: 0, caveat: 'the engine crashes when this job starts' }
  }
  if (maxRetries < 0) return { ...single(0, retryable), attempts: 0, caveat: 'the command never runs' }
  if (!retryable || maxRetries < 1) return single(timeout, retryable)

  const crashing = (['retry_delay', 'retry_backoff', 'retry_jitter', 'max_retry_time'] as const).find(
    (key) => settings[key].crash,
  )
  if (crashing)
    return { ...single(timeout, retryable), caveat: `the engine crashes at the first retry (${crashing})` }

  const maxRetryTime = num(settings.max_retry_time.value)
  const lastAttempt = Math.min(Math.floor(maxRetries), MAX_ATTEMPTS_EXAMINED)
  let best = single(0, retryable)
  let delaysBefore = 0 // sum of the delays slept before attempt k
  for (let k = 0; k <= lastAttempt; k++) {
    // Attempt k can only start if, even with instant failures, the check before it passes.
    if (k > 0 && delaysBefore > maxRetryTime) break
    const elapsedBefore = k === 0 ? 0 : Math.min(maxRetryTime, k * timeout + delaysBefore)
    // A fractional max_retries (1.5) still sleeps after its last attempt (ENGINE.md §2).
    const trailing = k < maxRetries ? retryDelay(settings, k) : 0
    const seconds = elapsedBefore + timeout + trailing
    if (seconds > best.seconds || k === 0) {
      best = {
        seconds,
        attempts: k + 1,
        delaySeconds: delaysBefore + trailing,
        stoppedByMaxRetryTime: k < Math.floor(maxRetries),
        retryable,
      }
    }
    delaysBefore += retryDelay(settings, k)
  }
  if (Math.floor(maxRetries) > MAX_ATTEMPTS_EXAMINED) {
    best.caveat = `only the first ${MAX_ATTEMPTS_EXAMINED} attempts were examined`
  }
  return best
}

function single(seconds: number, retryable: boolean): WorstCase {
  return { seconds, attempts: 1, delaySeconds: 0, stoppedByMaxRetryTime: false, retryable }
}
