import { describe, expect, it } from 'vitest'
import { codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const job = { id: 'a', command: 'x' }

describe('key rules', () => {
  it('warns that the security settings have no effect', () => {
    const d = lint(
      withJobs([job], { security_policy: 'strict', allow_shell: false, command_whitelist: ['ls'] }),
    )
    expectDiag(d, 'no-effect', 'warning', '/security_policy', /never checks or restricts commands/)
    expectDiag(d, 'no-effect', 'warning', '/allow_shell', /no effect/)
    expectDiag(d, 'no-effect', 'warning', '/command_whitelist', /no effect/)
  })

  it('warns that a top-level continue_on_error is ignored', () => {
    expectDiag(
      lint(withJobs([job], { continue_on_error: true })),
      'key-ignored',
      'warning',
      '/continue_on_error',
      /--continue-on-error/,
    )
  })

  it('notes _-prefixed keys as disabled settings', () => {
    const d = lint(withJobs([{ ...job, _timeout: 5 }], { _smtp_server: 'mail' }))
    expectDiag(d, 'disabled-key', 'info', '/_smtp_server', /Remove the "_" to enable "smtp_server"/)
    expectDiag(d, 'disabled-key', 'info', '/jobs/0/_timeout', /disabled/)
  })

  it('warns about unknown keys with a suggestion, and about app settings on a job', () => {
    const d = lint(withJobs([{ ...job, dependecies: ['b'], parallel: true }], { max_worker: 2 }))
    expectDiag(d, 'unknown-key', 'warning', '/max_worker', /Did you mean "max_workers"/)
    expectDiag(d, 'unknown-key', 'warning', '/jobs/0/dependecies', /Did you mean "dependencies"/)
    expectDiag(d, 'key-ignored', 'warning', '/jobs/0/parallel', /application setting/)
    expect(errorCodes(d)).toEqual([])
  })

  it('warns about duplicate keys and says which value the engine keeps', () => {
    const d = lint(
      '{"working_dir": "/w", "application_name": "x", "jobs": [{"id": "a", "command": "x", "timeout": 5, "timeout": 9}]}',
    )
    expectDiag(d, 'duplicate-key', 'warning', '/jobs/0/timeout', /appears 2 times.*keeps the last one \(9\)/)
    expect(codes(lint(withJobs([job])))).not.toContain('duplicate-key')
  })
})

describe('secrets', () => {
  it('warns about a password stored in the file, disabled or not', () => {
    const d = lint(withJobs([job], { smtp_password: 'hunter2', _smtp_password: 'old' }))
    expectDiag(d, 'secret-in-config', 'warning', '/smtp_password', /plain text.*without TLS/)
    expectDiag(d, 'secret-in-config', 'warning', '/_smtp_password', /even though it is disabled/)
    expect(codes(lint(withJobs([job], { smtp_password: '' })))).not.toContain('secret-in-config')
  })
})

describe('hints for misplaced keys', () => {
  it('points a job setting written at the top level to its default_ key', () => {
    expectDiag(
      lint(withJobs([job], { retry_delay: 5 })),
      'unknown-key',
      'warning',
      '/retry_delay',
      /Did you mean "default_retry_delay"/,
    )
    expectDiag(
      lint(withJobs([job], { dependencies: [] })),
      'unknown-key',
      'warning',
      '/dependencies',
      /job setting/,
    )
  })

  it('only offers to enable a disabled key the engine knows', () => {
    const d = lint(withJobs([job], { _comment: 'x' }))
    expect(d.find((x) => x.path === '/_comment')?.message).not.toMatch(/enable/)
  })
})
