import { describe, expect, it } from 'vitest'
import { codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const job = { id: 'a', command: 'x' }

describe('top-level surprises', () => {
  it('warns that "no" turns parallel ON, and offers the boolean that was meant', () => {
    const d = expectDiag(
      lint(withJobs([job], { parallel: 'no' })),
      'flag-not-boolean',
      'warning',
      '/parallel',
      /"Run in parallel" is ON/,
    )
    expect(d.fix?.title).toBe('Replace with false')
    expect(d.fix!.edits[0]!.content).toBe('false')
    expectDiag(
      lint(withJobs([job], { email_on_failure: 0 })),
      'flag-not-boolean',
      'warning',
      '/email_on_failure',
      /is OFF/,
    )
  })

  it('warns about default_timeout values that make jobs time out at once or are ignored', () => {
    expectDiag(
      lint(withJobs([job], { default_timeout: 0 })),
      'default-timeout-invalid',
      'warning',
      '/default_timeout',
      /time out immediately/,
    )
    expectDiag(
      lint(withJobs([job], { default_timeout: 'soon' })),
      'default-timeout-invalid',
      'warning',
      '/default_timeout',
      /uses 10800/,
    )
    expectDiag(
      lint(withJobs([job], { default_timeout: '30' })),
      'default-timeout-invalid',
      'warning',
      '/default_timeout',
      /reads it as 30/,
    )
  })

  it('warns when e-mail is switched on without a valid address', () => {
    expectDiag(
      lint(withJobs([job], { email_on_success: true })),
      'email-address-invalid',
      'warning',
      '/email_on_success',
      /no "email_address"/,
    )
    expectDiag(
      lint(withJobs([job], { email_address: 'ops' })),
      'email-address-invalid',
      'warning',
      '/email_address',
      /no valid address/,
    )
    expect(
      codes(lint(withJobs([job], { email_address: ['x', 'ops@example.com'], email_on_success: true }))),
    ).not.toContain('email-address-invalid')
  })

  it('warns that dependency plugins execute code, even in dry-run', () => {
    const d = lint(withJobs([job], { dependency_plugins: [{ name: 'p', path: 'p.py' }] }))
    expectDiag(d, 'plugins-run-code', 'warning', '/dependency_plugins', /--dry-run included/)
    expect(errorCodes(d)).toEqual([])
  })

  it('warns about malformed plugin entries', () => {
    expectDiag(
      lint(withJobs([job], { dependency_plugins: 'p.py' })),
      'plugins-malformed',
      'warning',
      '/dependency_plugins',
      /character by character/,
    )
    expectDiag(
      lint(withJobs([job], { dependency_plugins: [{ name: 'p' }, 'q.py'] })),
      'plugins-malformed',
      'warning',
      '/dependency_plugins/0',
      /every later one/,
    )
  })
})

describe('scheduler limits', () => {
  it('warns that more than 1000 jobs abort the run', () => {
    const jobs = Array.from({ length: 1001 }, (_, i) => ({ id: `j${i}`, command: 'true' }))
    expectDiag(lint(withJobs(jobs)), 'job-count-limit', 'warning', '/jobs', /1001 jobs.*1000 iterations/)
    expect(codes(lint(withJobs(jobs.slice(0, 1000))))).not.toContain('job-count-limit')
  })

  it('notes the 18-minute ceiling of parallel runs when jobs may run longer', () => {
    const d = lint(withJobs([job, { id: 'b', command: 'x', timeout: 60 }], { parallel: true }))
    expectDiag(d, 'parallel-time-limit', 'info', '/parallel', /about 18 minutes.*1 job\(s\)/)
    expect(codes(lint(withJobs([job], { parallel: true, default_timeout: 600 })))).not.toContain(
      'parallel-time-limit',
    )
    expect(codes(lint(withJobs([job])))).not.toContain('parallel-time-limit')
  })
})
