import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import { codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const job = (extra: Record<string, unknown> = {}) => ({ id: 'a', command: 'x', ...extra })

describe('retry rules (accepted by the engine: warnings)', () => {
  it('warns that max_retry_time 0 disables retries, where the 0 is written', () => {
    expectDiag(
      lint(withJobs([job({ max_retries: 3, max_retry_time: 0 })])),
      'retry-time-zero',
      'warning',
      '/jobs/0/max_retry_time',
      /no retries at all/,
    )
    const d = lint(withJobs([job({ max_retries: 3 }), job({ id: 'b' })], { default_max_retry_time: 0 }))
    expectDiag(d, 'retry-time-zero', 'warning', '/default_max_retry_time', /1 job\(s\) with retries/)
    expect(codes(lint(withJobs([job({ max_retry_time: 0 })])))).not.toContain('retry-time-zero')
  })

  it('warns that retry_on_exit_codes cannot restrict retries while FAILED is retried, and fixes it', () => {
    const text = JSON.stringify(withJobs([job({ max_retries: 2, retry_on_exit_codes: [75] })]), null, 2)
    const d = expectDiag(
      diagnose(parseDocument(text)),
      'retry-exit-codes-ineffective',
      'warning',
      '/jobs/0/retry_on_exit_codes',
      /cannot restrict retries.*\(the default\)/,
    )
    expect(d.fix?.title).toMatch(/retry_on_status": \[\]/)
    let fixed = text
    for (const e of [...d.fix!.edits].sort((x, y) => y.offset - x.offset))
      fixed = fixed.slice(0, e.offset) + e.content + fixed.slice(e.offset + e.length)
    expect(JSON.parse(fixed).jobs[0].retry_on_status).toEqual([])
    expect(codes(diagnose(parseDocument(fixed)))).not.toContain('retry-exit-codes-ineffective')
  })

  it('warns at the top-level default when jobs inherit ineffective exit codes', () => {
    const d = lint(withJobs([job()], { default_max_retries: 1, default_retry_on_exit_codes: [2] }))
    expectDiag(d, 'retry-exit-codes-ineffective', 'warning', '/default_retry_on_exit_codes', /1 job\(s\)/)
  })

  it('warns about negative retries (the command never runs)', () => {
    expectDiag(
      lint(withJobs([job({ max_retries: -1 })])),
      'retries-negative',
      'warning',
      '/jobs/0/max_retries',
      /never runs/,
    )
    expectDiag(
      lint(withJobs([job()], { default_max_retries: -2 })),
      'retries-negative',
      'warning',
      '/default_max_retries',
      /never runs/,
    )
  })

  it('warns about fractional retries', () => {
    expectDiag(
      lint(withJobs([job({ max_retries: 1.5 })])),
      'retries-not-integer',
      'warning',
      '/jobs/0/max_retries',
      /2 attempt/,
    )
  })

  it('warns that null retry values crash instead of falling back', () => {
    for (const key of ['max_retries', 'retry_delay', 'retry_backoff', 'retry_jitter', 'max_retry_time']) {
      const d = lint(withJobs([job({ [key]: null })]))
      expectDiag(d, 'retry-value-crash', 'warning', `/jobs/0/${key}`, /does not fall back/)
      expect(errorCodes(d)).toEqual([])
    }
    expectDiag(
      lint(withJobs([job({ max_retries: '3' })])),
      'retry-value-crash',
      'warning',
      '/jobs/0/max_retries',
      /crashes when the job starts/,
    )
  })

  it('warns about a negative delay without jitter', () => {
    const d = lint(withJobs([job({ max_retries: 1, retry_delay: -1, retry_jitter: 0 })]))
    expectDiag(d, 'retry-value-crash', 'warning', '/jobs/0/retry_delay', /negative retry delay/)
  })

  it('warns about statuses that never match and string exit codes', () => {
    const d = lint(withJobs([job({ retry_on_status: ['failed', 'TIMEOUT'], retry_on_exit_codes: ['1'] })]))
    expectDiag(d, 'retry-status-unknown', 'warning', '/jobs/0/retry_on_status/0', /"failed" never matches/)
    expectDiag(d, 'retry-value-type', 'warning', '/jobs/0/retry_on_exit_codes/0', /write 1, not "1"/)
    expectDiag(
      lint(withJobs([job({ retry_on_status: 'FAILED_OR_TIMEOUT' })])),
      'retry-status-unknown',
      'warning',
      '/jobs/0/retry_on_status',
      /substrings/,
    )
  })
})

describe('top-level retry defaults', () => {
  it('reports a negative default delay once, not once per job', () => {
    const d = lint(
      withJobs([job(), job({ id: 'b' })], {
        default_max_retries: 1,
        default_retry_delay: -5,
        default_retry_jitter: 0,
      }),
    )
    expectDiag(
      d,
      'retry-value-crash',
      'warning',
      '/default_retry_delay',
      /2 job\(s\) with retries: a negative retry delay/,
    )
  })
})
