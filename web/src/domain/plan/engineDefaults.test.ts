import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_WORKERS, ENGINE_DEFAULTS } from './engineDefaults'

describe('engine defaults read from the JSON Schema', () => {
  it('are the code’s values from ENGINE.md §1.1/§1.3/§2, not the documentation’s', () => {
    expect(ENGINE_DEFAULTS).toEqual({
      timeout: 10800,
      max_retries: 0,
      retry_delay: 30,
      retry_backoff: 1.5,
      retry_jitter: 0.1,
      max_retry_time: 1800,
      retry_on_exit_codes: [1],
      retry_on_status: ['ERROR', 'FAILED', 'TIMEOUT'],
    })
    expect(DEFAULT_MAX_WORKERS).toBe(1)
  })
})
