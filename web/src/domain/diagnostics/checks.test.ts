import { describe, expect, it } from 'vitest'
import { codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const withCheck = (check: unknown, kind = 'pre_checks') =>
  lint(withJobs([{ id: 'a', command: 'x', [kind]: [check] }]))

describe('check rules (nothing is validated at load: warnings)', () => {
  it('accepts the registry checks with their parameters', () => {
    expect(codes(withCheck({ name: 'check_file_exists', params: { path: 'in.sql' } }))).not.toContain(
      'check-params',
    )
    expect(
      codes(withCheck({ name: 'check_no_ora_errors', params: { log_file: 'logs/*.log' } }, 'post_checks')),
    ).toEqual([])
  })

  it('warns about an unknown check name, suggesting the closest one', () => {
    const d = withCheck({ name: 'check_file_exist', params: { path: 'x' } })
    expectDiag(
      d,
      'check-unknown',
      'warning',
      '/jobs/0/pre_checks/0/name',
      /fails at run time.*Did you mean "check_file_exists"/,
    )
    expect(errorCodes(d)).toEqual([])
  })

  it('warns about missing, unknown and mistyped parameters', () => {
    expectDiag(
      withCheck({ name: 'check_file_exists', params: { file: 'x' } }),
      'check-params',
      'warning',
      '/jobs/0/pre_checks/0/params',
      /needs the parameter "path"/,
    )
    expectDiag(
      withCheck({ name: 'check_file_exists', params: { file: 'x' } }),
      'check-params',
      'warning',
      '/jobs/0/pre_checks/0/params/file',
      /no parameter "file"/,
    )
    expectDiag(
      withCheck({ name: 'check_file_exists' }),
      'check-params',
      'warning',
      '/jobs/0/pre_checks/0',
      /needs the parameter "path"/,
    )
    expectDiag(
      withCheck({ name: 'check_file_exists', params: { path: 3 } }),
      'check-params',
      'warning',
      '/jobs/0/pre_checks/0/params/path',
      /a number/,
    )
  })

  it('warns about malformed checks that crash the run', () => {
    expectDiag(
      lint(withJobs([{ id: 'a', command: 'x', pre_checks: { name: 'check_file_exists' } }])),
      'check-malformed',
      'warning',
      '/jobs/0/pre_checks',
      /crashes/,
    )
    expectDiag(
      withCheck('check_file_exists'),
      'check-malformed',
      'warning',
      '/jobs/0/pre_checks/0',
      /a string/,
    )
    expectDiag(withCheck({ params: {} }), 'check-malformed', 'warning', '/jobs/0/pre_checks/0', /no "name"/)
    expectDiag(
      withCheck({ name: 'check_file_exists', params: ['x'] }),
      'check-malformed',
      'warning',
      '/jobs/0/pre_checks/0/params',
      /must be an object/,
    )
  })

  it('warns that ${VAR} in a check parameter is used literally', () => {
    const d = withCheck({ name: 'check_file_exists', params: { path: '${BASE}/in.sql' } })
    expectDiag(d, 'check-param-var', 'warning', '/jobs/0/pre_checks/0/params/path', /never expands/)
  })

  it('warns about a glob where the check takes a single path', () => {
    const d = withCheck(
      { name: 'check_no_ora_or_sp2_errors', params: { log_file: 'logs/*.log' } },
      'post_checks',
    )
    expectDiag(
      d,
      'check-param-glob',
      'warning',
      '/jobs/0/post_checks/0/params/log_file',
      /Use check_no_ora_errors/,
    )
  })
})

describe('plugins are not checks', () => {
  it('says so when a check is named after a dependency plugin', () => {
    const d = lint(
      withJobs([{ id: 'a', command: 'x', pre_checks: [{ name: 'custom_dependency', params: {} }] }], {
        dependency_plugins: [{ name: 'custom_dependency', path: 'p/custom_dependency.py' }],
      }),
    )
    expectDiag(d, 'check-unknown', 'warning', '/jobs/0/pre_checks/0/name', /plugins cannot add checks/)
  })
})
