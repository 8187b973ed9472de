import { describe, expect, it } from 'vitest'
import { applicationEnvironment, jobEnvironment } from './resolve'
import { shellInheritance } from './shellInheritance'

const envOf = (
  appEnv: Record<string, unknown>,
  jobEnv: Record<string, unknown>,
  cli?: Record<string, string>,
) => {
  const job = jobEnvironment(
    applicationEnvironment({ env_variables: appEnv }),
    { env_variables: jobEnv },
    cli,
  )
  return Object.fromEntries(job.variables.map((v) => [v.name, v]))
}

describe('effective job environment (ENGINE.md §4.1)', () => {
  it('keeps the load-time value of an app variable when a job overrides what it referenced', () => {
    const env = envOf({ A: '${B}', B: 'app' }, { B: 'job' })
    expect(env.A).toMatchObject({ layer: 'application', written: '${B}', afterLoad: 'app', value: 'app' })
    expect(env.B).toMatchObject({ layer: 'job', value: 'job', overrides: ['application'] })
  })

  it('resolves at job time an app variable that references a job-only name', () => {
    const env = envOf({ X: '${J}-x' }, { J: 'jv' })
    expect(env.X).toMatchObject({ afterLoad: '${J}-x', merged: '${J}-x', value: 'jv-x' })
  })

  it('never sees the inherited shell environment', () => {
    const env = envOf({ P: '${HOME}/p' }, {})
    expect(env.P).toMatchObject({ value: '${HOME}/p', undefinedRefs: ['HOME'] })
  })

  it('lets CLI beat job beat application, and stringifies like Python', () => {
    const env = envOf({ MODE: 'app', DEBUG: true, EMPTY: null }, { MODE: 'job', COUNT: 3 }, { MODE: 'cli' })
    expect(env.MODE).toMatchObject({ layer: 'cli', value: 'cli', overrides: ['application', 'job'] })
    expect(env.DEBUG).toMatchObject({ written: true, value: 'True' })
    expect(env.EMPTY!.value).toBe('None')
    expect(env.COUNT).toMatchObject({ layer: 'job', written: 3, value: '3' })
  })

  it('reports circular references, which the engine leaves literal', () => {
    const env = envOf({}, { V1: '${V2}', V2: '${V1}' })
    expect(env.V1).toMatchObject({ value: '${V2}', circular: true })
  })

  it('keeps the merged dictionary order: app keys, then new job keys, then new CLI keys', () => {
    expect(Object.keys(envOf({ B: '1', A: '2' }, { C: '3', B: '4' }, { D: '5' }))).toEqual([
      'B',
      'A',
      'C',
      'D',
    ])
  })

  it('ignores env_variables that are not objects (the engine refuses them)', () => {
    expect(envOf({}, [] as unknown as Record<string, unknown>)).toEqual({})
  })
})

describe('inherit_shell_env (ENGINE.md §4.5)', () => {
  it.each([
    [{}, 'all', 'engine default'],
    [{ inherit_shell_env: true }, 'all', 'inherit_shell_env'],
    [{ inherit_shell_env: false }, 'none', 'inherit_shell_env'],
    [{ inherit_shell_env: 'default' }, 'default', 'inherit_shell_env'],
    [{ inherit_shell_env: ['PATH', 'USER'] }, 'custom', 'inherit_shell_env'],
    [{ inherit_shell_env: 'all' }, 'invalid', 'inherit_shell_env'],
    [{ inherit_shell_env: 1 }, 'invalid', 'inherit_shell_env'],
  ])('%j → %s', (app, mode, source) => {
    expect(shellInheritance(app)).toMatchObject({ mode, source })
  })

  it('lists the 18 default names and the custom names', () => {
    expect(shellInheritance({ inherit_shell_env: 'default' }).names).toHaveLength(18)
    expect(shellInheritance({ inherit_shell_env: 'default' }).names).toContain('PYTHON_HOME')
    expect(shellInheritance({ inherit_shell_env: ['PATH', 'USER'] }).names).toEqual(['PATH', 'USER'])
  })
})
