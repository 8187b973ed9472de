import { describe, expect, it } from 'vitest'
import {
  corpusAvailable,
  corpusFiles,
  corpusSkipReason,
  corpusText,
  verdicts,
} from '../diagnostics/corpus.testkit'
import {
  CHECK_NAMES,
  CHECK_REGISTRY,
  SCHEMA,
  appFields,
  engineDefault,
  fieldInfo,
  groupFields,
  jobFields,
} from '.'
import { validateAgainstSchema } from './validate'

describe('the JSON Schema', () => {
  it('compiles with Ajv and accepts a minimal config', () => {
    expect(validateAgainstSchema({ working_dir: '/tmp', jobs: [] })).toEqual([])
  })

  it('requires what the engine requires and allows unknown keys', () => {
    const paths = validateAgainstSchema({ jobs: [{ id: 'a' }], whatever: 1 }).map((v) => v.message)
    expect(paths).toContain("must have required property 'working_dir'")
    expect(paths).toContain("must have required property 'command'")
    expect(paths.join()).not.toContain('whatever')
  })

  it('accepts every shape the engine accepts for email_address, inherit_shell_env and plugins', () => {
    const base = { working_dir: '/w', jobs: [] }
    for (const extra of [
      { email_address: 'a@b.c, d@e.f' },
      { email_address: ['a@b.c'] },
      { inherit_shell_env: 'default' },
      { inherit_shell_env: false },
      { inherit_shell_env: ['PATH'] },
      { dependency_plugins: ['p.py', { name: 'n', path: 'p.py' }] },
      { default_timeout: '30' },
      { jobs: [{ id: '', command: '' }] },
      { jobs: [{ id: 'a', command: 'x', whatever: 1, _disabled: true }] },
      {
        jobs: [
          { id: 'a', command: 'x', pre_checks: [{ name: 'custom_dependency', params: { foo: 'bar' } }] },
        ],
      },
    ]) {
      expect(validateAgainstSchema({ ...base, ...extra }), JSON.stringify(extra)).toEqual([])
    }
  })

  it('flags surprising values (shown as warnings) such as parallel: "no" and wrong check params', () => {
    const violations = validateAgainstSchema({
      working_dir: '/w',
      parallel: 'no',
      jobs: [{ id: 'a', command: 'x', pre_checks: [{ name: 'check_file_exists', params: { file: 'x' } }] }],
    })
    expect(violations.map((v) => v.path)).toEqual(
      expect.arrayContaining(['/parallel', '/jobs/0/pre_checks/0/params']),
    )
  })

  it.skipIf(!corpusAvailable)(
    'validates every corpus file the engine accepts (engine-accepted ⇒ schema-valid)',
    () => {
      const v = verdicts()
      const accepted = corpusFiles().filter((f) => v[f]?.accepted)
      expect(accepted.length).toBeGreaterThan(10)
      for (const file of accepted) {
        expect(validateAgainstSchema(JSON.parse(corpusText(file))), file).toEqual([])
      }
    },
  )
  if (!corpusAvailable) it.skip(corpusSkipReason, () => {})
})

describe('schema accessors', () => {
  it("give the engine's real defaults, not the documented ones", () => {
    expect(engineDefault('default_timeout')).toBe(10800)
    expect(engineDefault('default_retry_delay')).toBe(30)
    expect(engineDefault('default_retry_backoff')).toBe(1.5)
    expect(engineDefault('default_retry_jitter')).toBe(0.1)
    expect(engineDefault('default_max_retry_time')).toBe(1800)
    expect(engineDefault('default_max_retries')).toBe(0)
    expect(engineDefault('default_retry_on_exit_codes')).toEqual([1])
    expect(engineDefault('inherit_shell_env')).toBe(true)
    expect(engineDefault('email_on_failure')).toBe(true)
    expect(engineDefault('retry_on_status', 'job')).toEqual(['ERROR', 'FAILED', 'TIMEOUT'])
    expect(engineDefault('retry_delay', 'job')).toBe(30)
  })

  it('orders and groups the application fields for the settings form', () => {
    const keys = appFields().map((f) => f.key)
    expect(keys.slice(0, 3)).toEqual(['application_name', 'name', 'working_dir'])
    expect(groupFields(appFields()).map((g) => g.group)).toEqual([
      'General',
      'Execution',
      'Retries',
      'Environment',
      'Notifications',
      'Advanced',
    ])
    expect(appFields().find((f) => f.key === 'jobs')?.form).toBe(false)
  })

  it('marks dead and ignored keys', () => {
    expect(fieldInfo('/security_policy')?.noEffect).toBe(true)
    expect(fieldInfo('/allow_shell')?.noEffect).toBe(true)
    expect(fieldInfo('/name')?.ignored).toBe(true)
    expect(fieldInfo('/application_name')?.ignored).toBe(false)
  })

  it('describes values by pointer, through arrays and references', () => {
    const timeout = fieldInfo('/jobs/3/timeout')
    expect(timeout?.title).toBe('Timeout (s)')
    expect(timeout?.inherits).toBe('default_timeout')
    expect(fieldInfo(['jobs', 0, 'retry_on_status'])?.enum).toEqual([
      'FAILED',
      'TIMEOUT',
      'ERROR',
      'POSTCHECK_FAILED',
    ])
    expect(fieldInfo('/inherit_shell_env')?.type).toEqual(['boolean', 'string', 'array'])
    expect(fieldInfo('/env_variables/ANY')?.type).toEqual(['string'])
    expect(fieldInfo('/no_such_key')).toBeUndefined()
    expect(jobFields().map((f) => f.key)).toContain('log_dir')
  })

  it('derives the check registry from the schema, matching the check-name enum', () => {
    expect(CHECK_NAMES).toEqual(['check_file_exists', 'check_no_ora_errors', 'check_no_ora_or_sp2_errors'])
    expect(SCHEMA.definitions.checkName?.enum).toEqual(CHECK_NAMES)
    expect(CHECK_REGISTRY.check_file_exists?.params.map((p) => p.name)).toEqual(['path'])
    expect(CHECK_REGISTRY.check_no_ora_errors?.params[0]).toMatchObject({
      name: 'log_file',
      glob: true,
      required: true,
    })
    expect(CHECK_REGISTRY.check_no_ora_or_sp2_errors?.params[0]).toMatchObject({
      name: 'log_file',
      glob: false,
    })
  })
})
