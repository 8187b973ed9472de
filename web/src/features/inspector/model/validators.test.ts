import { describe, expect, it } from 'vitest'
import { validateJobId } from './jobId'
import { validateEnvName } from './envName'
import { cycleReason, dependencyChoices } from './dependencyChoices'
import { extraKeys } from './extraKeys'
import { newCheck, renamedCheck } from './checks'
import { fieldProblems, jobProblems } from './problems'

describe('job id', () => {
  it('refuses empty, duplicate and slash ids', () => {
    expect(validateJobId('', [])).toMatch(/Enter an id/)
    expect(validateJobId('a/b', [])).toMatch(/cannot contain/)
    expect(validateJobId('load', ['extract', 'load'])).toMatch(/already called/)
    expect(validateJobId('load2', ['extract', 'load'])).toBeNull()
  })
})

describe('env variable names', () => {
  it('follows the engine pattern and refuses duplicates except the row itself', () => {
    expect(validateEnvName('1X', [], null)).toMatch(/letters/)
    expect(validateEnvName('A-B', [], null)).toMatch(/letters/)
    expect(validateEnvName('A', ['A'], null)).toMatch(/already/)
    expect(validateEnvName('A', ['A'], 'A')).toBeNull()
    expect(validateEnvName('_ok1', [], null)).toBeNull()
  })
})

describe('dependency picker', () => {
  const jobs = [
    { id: 'a', dependencies: [] },
    { id: 'b', dependencies: ['a'] },
    { id: 'c', dependencies: ['b'] },
    { id: 'd', dependencies: [] },
  ]
  it('offers other jobs, explains the ones that would close a cycle, and skips current ones', () => {
    const choices = dependencyChoices(jobs, 'a', [])
    expect(choices).toEqual([
      { id: 'b', blocked: true },
      { id: 'c', blocked: true },
      { id: 'd', blocked: false },
    ])
    expect(cycleReason(jobs, 'c', 'a')).toBe('would close the cycle a → c → b → a')
    // Every blocked choice really would close a cycle, and no free one would.
    for (const c of choices) expect(cycleReason(jobs, c.id, 'a') !== '').toBe(c.blocked)
    expect(dependencyChoices(jobs, 'c', ['b']).map((c) => c.id)).toEqual(['a', 'd'])
  })
})

describe('extra top-level keys', () => {
  it('splits disabled (_) keys from unknown ones and masks secrets', () => {
    const known = (k: string) => ['working_dir', 'jobs'].includes(k)
    const r = extraKeys({ working_dir: '/x', _smtp_password: 'hunter2', _smtp_port: 25, foo: [1] }, known)
    expect(r.disabled.map((k) => k.key)).toEqual(['_smtp_password', '_smtp_port'])
    expect(r.disabled[0]!.display).not.toContain('hunter2')
    expect(r.disabled[1]!.display).toBe('25')
    expect(r.unknown).toEqual([{ key: 'foo', display: '[1]', masked: false }])
  })
})

describe('checks', () => {
  it('a new built-in check gets its parameter to fill in; a custom one none', () => {
    expect(newCheck('check_file_exists')).toEqual({ name: 'check_file_exists', params: { path: '' } })
    expect(newCheck('my_check')).toEqual({ name: 'my_check', params: {} })
  })
  it('switching check type keeps a value both share', () => {
    const old = { name: 'check_no_ora_errors', params: { log_file: 'logs/a.log' } }
    expect(renamedCheck(old, 'check_no_ora_or_sp2_errors')).toEqual({
      name: 'check_no_ora_or_sp2_errors',
      params: { log_file: 'logs/a.log' },
    })
    expect(renamedCheck(old, 'check_file_exists')).toEqual({
      name: 'check_file_exists',
      params: { path: 'logs/a.log' },
    })
  })
})

describe('problems by path', () => {
  const d = (path: string, severity: 'error' | 'warning' | 'info' = 'warning') => ({
    code: 'x',
    severity,
    path,
    message: path,
  })
  it('a job gets its own problems only (not those of /jobs/10 for /jobs/1), errors first', () => {
    const list = [d('/jobs/1/timeout'), d('/jobs/10/id'), d('/jobs/1', 'error'), d('/working_dir')]
    expect(jobProblems(list, 1).map((p) => p.path)).toEqual(['/jobs/1', '/jobs/1/timeout'])
    expect(fieldProblems(list, '/jobs/1/timeout')).toHaveLength(1)
  })
})
