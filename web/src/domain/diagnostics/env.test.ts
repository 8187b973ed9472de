import { describe, expect, it } from 'vitest'
import { codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const job = (extra: Record<string, unknown> = {}) => ({ id: 'a', command: 'true', ...extra })

describe('environment rules', () => {
  it('refuses env_variables that are not an object, at both levels', () => {
    expectDiag(
      lint(withJobs([job()], { env_variables: ['A=1'] })),
      'env-not-object',
      'error',
      '/env_variables',
      /Application.*an array/,
    )
    expectDiag(
      lint(withJobs([job({ env_variables: 'A=1' })])),
      'env-not-object',
      'error',
      '/jobs/0/env_variables',
      /Job 'a'.*a string/,
    )
  })

  it('refuses every bad name, not only the first', () => {
    const d = lint(withJobs([job()], { env_variables: { '1BAD': 'x', 'my-var': 'y', OK_1: 'z' } }))
    expectDiag(d, 'env-name-invalid', 'error', '/env_variables/1BAD', /must match/)
    expectDiag(d, 'env-name-invalid', 'error', '/env_variables/my-var', /must match/)
    expect(errorCodes(d)).toHaveLength(2)
  })

  it('refuses NUL bytes and values over 32768 characters (after Python str())', () => {
    expectDiag(
      lint(withJobs([job({ env_variables: { A: 'x\u0000y' } })])),
      'env-value-nul',
      'error',
      '/jobs/0/env_variables/A',
      /NUL/,
    )
    expectDiag(
      lint(withJobs([job({ env_variables: { A: 'x'.repeat(32769) } })])),
      'env-value-too-long',
      'error',
      '/jobs/0/env_variables/A',
      /32769 characters/,
    )
    expect(codes(lint(withJobs([job({ env_variables: { A: 'x'.repeat(32768) } })])))).not.toContain(
      'env-value-too-long',
    )
  })

  it('warns about non-string values, showing what the job receives', () => {
    expectDiag(
      lint(withJobs([job({ env_variables: { DEBUG: true } })])),
      'env-value-not-string',
      'warning',
      '/jobs/0/env_variables/DEBUG',
      /"True"/,
    )
    expectDiag(
      lint(withJobs([job()], { env_variables: { X: null } })),
      'env-value-not-string',
      'warning',
      '/env_variables/X',
      /"None"/,
    )
  })

  it('warns when a reserved variable is overridden', () => {
    expectDiag(
      lint(withJobs([job()], { env_variables: { PATH: '/opt/bin' } })),
      'env-reserved-name',
      'warning',
      '/env_variables/PATH',
      /reserved/,
    )
  })

  it('warns about undefined references, which stay literal', () => {
    const d = lint(withJobs([job({ env_variables: { OUT: '${HOME}/out' } })]))
    expectDiag(
      d,
      'env-var-undefined',
      'warning',
      '/jobs/0/env_variables/OUT',
      /\$\{HOME\} in OUT is not defined/,
    )
  })

  it('does not warn when an app value references a name a job defines', () => {
    const d = lint(withJobs([job({ env_variables: { J: 'jv' } })], { env_variables: { X: '${J}-x' } }))
    expect(codes(d)).not.toContain('env-var-undefined')
  })

  it('warns about circular references', () => {
    const d = lint(withJobs([job({ env_variables: { V1: '${V2}', V2: '${V1}' } })]))
    expectDiag(d, 'env-var-circular', 'warning', '/jobs/0/env_variables/V1', /circular/)
    expectDiag(d, 'env-var-circular', 'warning', '/jobs/0/env_variables/V2', /circular/)
  })

  it('refuses invalid inherit_shell_env values and accepts the valid forms', () => {
    expectDiag(
      lint(withJobs([job()], { inherit_shell_env: 'all' })),
      'inherit-shell-env-invalid',
      'error',
      '/inherit_shell_env',
      /only string.*"default"/,
    )
    expectDiag(
      lint(withJobs([job()], { inherit_shell_env: null })),
      'inherit-shell-env-invalid',
      'error',
      '/inherit_shell_env',
      /null/,
    )
    expectDiag(
      lint(withJobs([job()], { inherit_shell_env: ['PATH', 1] })),
      'inherit-shell-env-invalid',
      'error',
      '/inherit_shell_env/1',
      /names \(strings\)/,
    )
    for (const value of [true, false, 'default', ['PATH']]) {
      expect(errorCodes(lint(withJobs([job()], { inherit_shell_env: value })))).toEqual([])
    }
  })

  it('warns about ${VAR} in a command defined nowhere, and only notes shell-inherited ones', () => {
    const cmd = job({ command: 'echo ${CONF} ${ORACLE_SID} ${HOME}', env_variables: { CONF: '/c' } })
    const isolated = lint(withJobs([cmd], { inherit_shell_env: 'default' }))
    expectDiag(
      isolated,
      'command-var-undefined',
      'warning',
      '/jobs/0/command',
      /\$\{ORACLE_SID\}.*defined nowhere/,
    )
    expect(isolated.filter((d) => d.code === 'command-var-undefined')).toHaveLength(1)
    expectDiag(isolated, 'command-var-from-shell', 'info', '/jobs/0/command', /\$\{HOME\}/)
    const inheritAll = lint(withJobs([cmd]))
    expect(codes(inheritAll)).not.toContain('command-var-undefined')
  })
})

describe('values that are not strings', () => {
  it('does not refuse a NUL inside a nested value (Python prints it as \\x00)', () => {
    expect(errorCodes(lint(withJobs([job({ env_variables: { A: ['x\u0000'] } })])))).toEqual([])
  })
})
