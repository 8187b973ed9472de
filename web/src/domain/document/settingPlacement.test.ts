import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { STYLES } from './document.testkit'
import { revert } from './textEdits'

/** Set `key` and check the whole resulting text, and that undo gives back the exact bytes. */
function setting(text: string, key: string, value: unknown): string {
  const result = cmd.setValue(text, [key], value)
  expect(revert(result)).toBe(text)
  return result.text
}

const jobs = [{ id: 'a', command: 'echo a' }]

describe('a new application setting goes with the other settings', () => {
  it.each(STYLES)('in a $name file whose jobs come last: just before jobs', (style) => {
    const before = style.render({ application_name: 'demo', working_dir: '/srv', jobs })
    const expected = style.render({ application_name: 'demo', working_dir: '/srv', max_workers: 4, jobs })
    expect(setting(before, 'max_workers', 4)).toBe(expected)
  })

  it.each(STYLES)('in a $name file whose jobs come first: at the end, after the settings', (style) => {
    const before = style.render({ jobs, application_name: 'demo' })
    expect(setting(before, 'max_workers', 4)).toBe(
      style.render({ jobs, application_name: 'demo', max_workers: 4 }),
    )
  })

  it.each(STYLES)('in a $name file holding only jobs: before jobs, at the top', (style) => {
    const before = style.render({ jobs })
    expect(setting(before, 'max_workers', 4)).toBe(style.render({ max_workers: 4, jobs }))
  })

  it.each(STYLES)('in a $name file without jobs: at the end', (style) => {
    const before = style.render({ application_name: 'demo' })
    expect(setting(before, 'max_workers', 4)).toBe(style.render({ application_name: 'demo', max_workers: 4 }))
  })

  it('with settings on both sides of jobs: after the ones before jobs', () => {
    const before = JSON.stringify({ application_name: 'demo', jobs, email_address: 'x@y' }, null, 2)
    const after = JSON.stringify(
      { application_name: 'demo', max_workers: 4, jobs, email_address: 'x@y' },
      null,
      2,
    )
    expect(setting(before, 'max_workers', 4)).toBe(after)
  })

  it('an object setting (env_variables) is placed and indented the same way', () => {
    const before = JSON.stringify({ application_name: 'demo', jobs }, null, 2)
    const after = JSON.stringify({ application_name: 'demo', env_variables: { A: '1' }, jobs }, null, 2)
    expect(cmd.setEnvVar(before, 'app', 'A', '1').text).toBe(after)
  })

  it('in an empty object, and with jobs itself added at the end', () => {
    expect(setting('{}', 'max_workers', 4)).toBe('{\n  "max_workers": 4\n}')
    expect(setting('{\n  "max_workers": 4\n}\n', 'jobs', [])).toBe(
      '{\n  "max_workers": 4,\n  "jobs": []\n}\n',
    )
  })

  it('with jobs duplicated, before the first jobs', () => {
    const before = '{\n  "name": "x",\n  "jobs": [],\n  "jobs": []\n}'
    expect(setting(before, 'max_workers', 4)).toBe(
      '{\n  "name": "x",\n  "max_workers": 4,\n  "jobs": [],\n  "jobs": []\n}',
    )
  })

  it('an existing setting after jobs is changed where it is, not moved', () => {
    const before = JSON.stringify({ jobs, max_workers: 2 }, null, 2)
    expect(setting(before, 'max_workers', 4)).toBe(JSON.stringify({ jobs, max_workers: 4 }, null, 2))
  })
})
