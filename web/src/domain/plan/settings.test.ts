import { describe, expect, it } from 'vitest'
import { effectiveSettings } from './settings'

const timeoutOf = (job: Record<string, unknown>, app: Record<string, unknown> = {}) =>
  effectiveSettings(job, app).timeout

describe('effective settings cascade (ENGINE.md §2.1): job → default_* → engine default', () => {
  it('says where each value comes from', () => {
    const s = effectiveSettings(
      { max_retries: 3, retry_on_status: ['FAILED'] },
      { default_retry_delay: 5, default_max_retries: 9, default_retry_on_exit_codes: [2] },
    )
    expect(s.max_retries).toMatchObject({ value: 3, source: 'job' })
    expect(s.retry_delay).toMatchObject({ value: 5, source: 'default_retry_delay' })
    expect(s.retry_backoff).toMatchObject({ value: 1.5, source: 'engine default' })
    expect(s.retry_jitter).toMatchObject({ value: 0.1, source: 'engine default' })
    expect(s.max_retry_time).toMatchObject({ value: 1800, source: 'engine default' })
    expect(s.retry_on_exit_codes).toMatchObject({ value: [2], source: 'default_retry_on_exit_codes' })
    expect(s.retry_on_status).toMatchObject({ value: ['FAILED'], source: 'job' })
    expect(s.timeout).toMatchObject({ value: 10800, source: 'engine default' })
  })

  it('has no top-level default for retry_on_status', () => {
    const s = effectiveSettings({}, { default_retry_on_status: [] })
    expect(s.retry_on_status).toMatchObject({
      value: ['ERROR', 'FAILED', 'TIMEOUT'],
      source: 'engine default',
    })
  })

  it('does not cascade a present null: the numeric retry fields crash', () => {
    const s = effectiveSettings({ retry_delay: null, max_retries: '2' }, { default_retry_delay: 5 })
    expect(s.retry_delay).toMatchObject({ value: null, source: 'job', crash: true })
    expect(s.max_retries.crash).toBe(true)
    expect(s.max_retries.note).toMatch(/when the job starts/)
  })

  it('warns about max_retry_time 0, negative and fractional max_retries', () => {
    expect(effectiveSettings({ max_retry_time: 0 }, {}).max_retry_time.note).toMatch(/disables retries/)
    expect(effectiveSettings({ max_retries: -1 }, {}).max_retries.note).toMatch(/never runs/)
    expect(effectiveSettings({ max_retries: 1.5 }, {}).max_retries.note).toMatch(/integer/)
    expect(effectiveSettings({ max_retries: true }, {}).max_retries.value).toBe(1)
  })
})

describe('timeout coercions (ENGINE.md §0.1 #9, §1.1, §2)', () => {
  it.each<[unknown, string]>([
    ['10', 'a string'],
    [-5, 'negative'],
    [0, 'zero'],
    [null, 'null'],
    [false, 'false'],
    [[10], 'a list'],
  ])('replaces an invalid job timeout %j (%s) by 600, not by default_timeout', (timeout) => {
    const t = timeoutOf({ timeout }, { default_timeout: 50 })
    expect(t).toMatchObject({ value: 600, source: 'job', written: timeout })
    expect(t.note).toMatch(/600/)
  })

  it('takes true as 1 second and truncates floats', () => {
    expect(timeoutOf({ timeout: true })).toMatchObject({ value: 1, note: 'true counts as 1 second' })
    expect(timeoutOf({ timeout: 2.9 })).toMatchObject({ value: 2, written: 2.9 })
    expect(timeoutOf({ timeout: 0.5 }).note).toMatch(/times out at once/)
  })

  it('int()-converts default_timeout: numeric strings work, the rest silently becomes 10800', () => {
    expect(timeoutOf({}, { default_timeout: '30' })).toMatchObject({ value: 30, source: 'default_timeout' })
    expect(timeoutOf({}, { default_timeout: 1.9 })).toMatchObject({ value: 1, source: 'default_timeout' })
    expect(timeoutOf({}, { default_timeout: '3.5' })).toMatchObject({
      value: 10800,
      source: 'engine default',
    })
    expect(timeoutOf({}, { default_timeout: 'soon' })).toMatchObject({
      value: 10800,
      source: 'engine default',
    })
    expect(timeoutOf({}, { default_timeout: null }).value).toBe(10800)
    expect(timeoutOf({}, { default_timeout: 0 }).note).toMatch(/times out at once/)
  })

  it('prefers a valid job timeout over default_timeout', () => {
    expect(timeoutOf({ timeout: 10 }, { default_timeout: 2 })).toEqual({
      key: 'timeout',
      value: 10,
      source: 'job',
    })
  })
})
