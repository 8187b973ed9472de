import { describe, expect, it } from 'vitest'
import { worstCase } from './duration'
import { effectiveSettings } from './settings'

const worst = (job: Record<string, unknown>, app: Record<string, unknown> = {}) =>
  worstCase(effectiveSettings(job, app))

describe('worst-case duration (ENGINE.md §2.3)', () => {
  it('is one timeout without retries', () => {
    expect(worst({})).toMatchObject({ seconds: 10800, attempts: 1, delaySeconds: 0 })
    expect(
      worst({ timeout: 60, max_retries: 3, retry_on_status: [], retry_on_exit_codes: [] }),
    ).toMatchObject({
      seconds: 60,
      attempts: 1,
      retryable: false,
    })
  })

  it('adds every attempt and backoff delay while max_retry_time allows it', () => {
    // 3 attempts of 10 s; delays 2 and 2×3 = 6, no jitter; 10+2 = 12 and 10+2+10+6 = 28 ≤ 100.
    const w = worst({
      timeout: 10,
      max_retries: 2,
      retry_delay: 2,
      retry_backoff: 3,
      retry_jitter: 0,
      max_retry_time: 100,
    })
    expect(w).toEqual({
      seconds: 38,
      attempts: 3,
      delaySeconds: 8,
      stoppedByMaxRetryTime: false,
      retryable: true,
    })
  })

  it('counts jitter at its maximum', () => {
    // Delays 10×1.2 = 12 and 10×2×1.2 = 24: 3×10 + 36.
    const w = worst({
      timeout: 10,
      max_retries: 2,
      retry_delay: 10,
      retry_backoff: 2,
      retry_jitter: 0.2,
      max_retry_time: 1e6,
    })
    expect(w.seconds).toBeCloseTo(66, 9)
  })

  it('lets early failures buy one more full attempt before the max_retry_time check', () => {
    // Engine defaults with 2 retries: attempt 1 may fail after 1767 s, then 33 s delay (30×1.1) →
    // 1800 s, not over max_retry_time, so attempt 2 runs a full 10800 s, then 49.5 s (30×1.5×1.1)
    // delay and the check stops it: 1800 + 10800 + 49.5. "All attempts time out" would give only 10833.
    const w = worst({ max_retries: 2 })
    expect(w.seconds).toBeCloseTo(12649.5, 9)
    expect(w).toMatchObject({ attempts: 2, stoppedByMaxRetryTime: true })
    expect(w.delaySeconds).toBeCloseTo(82.5, 9)
  })

  it('stops after the first delay when max_retry_time is 0', () => {
    const w = worst({ timeout: 100, max_retries: 5, retry_delay: 7, retry_jitter: 0, max_retry_time: 0 })
    expect(w).toMatchObject({ seconds: 107, attempts: 1, delaySeconds: 7, stoppedByMaxRetryTime: true })
  })

  it('floors jittered delays at 0.1 s and takes fractional max_retries as the engine does', () => {
    const tiny = worst({ timeout: 1, max_retries: 1, retry_delay: 0, retry_jitter: 0.5, max_retry_time: 10 })
    expect(tiny.seconds).toBeCloseTo(2.1, 9)
    // 1.5 retries: attempts 0 and 1, a delay after each (1 < 1.5), then the loop ends.
    const odd = worst({
      timeout: 5,
      max_retries: 1.5,
      retry_delay: 1,
      retry_backoff: 1,
      retry_jitter: 0,
      max_retry_time: 99,
    })
    expect(odd).toMatchObject({ seconds: 12, attempts: 2, delaySeconds: 2, stoppedByMaxRetryTime: false })
  })

  it('is zero when the command never runs or the engine crashes at job start', () => {
    expect(worst({ max_retries: -1 })).toMatchObject({ seconds: 0, attempts: 0 })
    expect(worst({ max_retries: 'three' }).caveat).toMatch(/crashes/)
  })

  it('uses default_* keys and the coerced timeout', () => {
    const w = worst(
      { timeout: 'x' },
      { default_max_retries: 1, default_retry_delay: 4, default_retry_jitter: 0 },
    )
    // timeout 600 (invalid), 2 attempts, one 4 s delay: 600 + 4 + 600 (600+4 ≤ 1800).
    expect(w.seconds).toBe(1204)
  })
})
