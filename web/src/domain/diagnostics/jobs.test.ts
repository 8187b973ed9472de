import { describe, expect, it } from 'vitest'
import { codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

describe('job rules', () => {
  it('refuses a job that is not an object', () => {
    expectDiag(lint(withJobs(['echo hi'])), 'job-not-object', 'error', '/jobs/0', /index 0 is a string/)
  })

  it('refuses a missing or non-string id', () => {
    expectDiag(
      lint(withJobs([{ command: 'x' }])),
      'job-id-missing',
      'error',
      '/jobs/0',
      /index 0 has no "id"/,
    )
    expectDiag(lint(withJobs([{ id: 7, command: 'x' }])), 'job-id-type', 'error', '/jobs/0/id', /a number/)
  })

  it('accepts an empty id and an empty command, noting the empty command', () => {
    const d = lint(withJobs([{ id: '', command: '' }]))
    expect(errorCodes(d)).toEqual([])
    expectDiag(d, 'command-empty', 'info', '/jobs/0/command', /counts as a success/)
  })

  it('refuses a missing command and a command list', () => {
    expectDiag(
      lint(withJobs([{ id: 'a' }])),
      'job-command-missing',
      'error',
      '/jobs/0',
      /'a' has no "command"/,
    )
    expectDiag(
      lint(withJobs([{ id: 'a', command: ['ls', '-l'] }])),
      'job-command-type',
      'error',
      '/jobs/0/command',
      /one string/,
    )
  })

  it('refuses duplicate ids, pointing at the second one', () => {
    const d = lint(
      withJobs([
        { id: 'a', command: 'x' },
        { id: 'b', command: 'x' },
        { id: 'a', command: 'y' },
      ]),
    )
    expectDiag(
      d,
      'job-id-duplicate',
      'error',
      '/jobs/2/id',
      /'a' is used twice \(also by the job at index 0\)/,
    )
  })

  it('warns about ids containing "/" (crash when the job starts, not at load)', () => {
    const d = lint(withJobs([{ id: 'etl/load', command: 'x' }]))
    expectDiag(d, 'job-id-slash', 'warning', '/jobs/0/id', /crashes when it starts this job/)
    expect(errorCodes(d)).toEqual([])
  })

  it('warns that an invalid timeout becomes 600 s, and that true means 1 s', () => {
    for (const timeout of ['10', -5, 0, null, false]) {
      const d = lint(withJobs([{ id: 'a', command: 'x', timeout }]))
      expectDiag(d, 'timeout-invalid', 'warning', '/jobs/0/timeout', /uses 600 seconds/)
      expect(errorCodes(d)).toEqual([])
    }
    expectDiag(
      lint(withJobs([{ id: 'a', command: 'x', timeout: true }])),
      'timeout-true',
      'warning',
      '/jobs/0/timeout',
      /1 second/,
    )
    expectDiag(
      lint(withJobs([{ id: 'a', command: 'x', timeout: 0.5 }])),
      'timeout-invalid',
      'warning',
      '/jobs/0/timeout',
      /truncates it to 0/,
    )
    expect(codes(lint(withJobs([{ id: 'a', command: 'x', timeout: 30 }])))).not.toContain('timeout-invalid')
  })
})
