import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { revert } from './textEdits'
import { referencesConfig } from '../bigConfigs.testkit'

describe('edge cases of the edit commands', () => {
  it('refuse to edit a file with syntax errors (the edit could land anywhere)', () => {
    expect(() => cmd.addJob('{"jobs": [{"id": "a"')).toThrow(/syntax errors/)
  })

  it('refuse to give a job an id another job has', () => {
    expect(() => cmd.renameJob('{"jobs": [{"id": "a"}, {"id": "b"}]}', 'a', 'b')).toThrow(/already exists/)
  })

  it('return the text unchanged, with no edits, when there is nothing to do', () => {
    const text = '{"jobs": [{"id": "a", "dependencies": ["b"]}, {"id": "b"}]}'
    for (const result of [
      cmd.addDependency(text, 'a', 'b'),
      cmd.removeDependency(text, 'b', 'a'),
      cmd.removeJobs(text, ['nope']),
      cmd.setEnvVar(text, { jobId: 'nope' }, 'A', '1'),
      cmd.removeValue(text, ['nothing']),
      cmd.setValue(text, ['jobs', 1], { id: 'b' }),
    ]) {
      expect(result).toEqual({ text, edits: [], inverse: [] })
    }
  })

  it('start an empty file as a JSON object with a final newline', () => {
    const result = cmd.addJob('')
    expect(JSON.parse(result.text)).toEqual({ jobs: [{ id: 'job_1' }] })
    expect(result.text.endsWith('}\n')).toBe(true)
    expect(revert(result)).toBe('')
  })

  it('refuse to add keys to a top level that is not an object', () => {
    expect(() => cmd.addJob('[1, 2]')).toThrow(/top level/)
  })

  it('set the value JSON.parse keeps when a key is duplicated, and remove every copy', () => {
    const text = '{"name": "a", "name": "b", "jobs": []}'
    expect(cmd.setValue(text, ['name'], 'c').text).toBe('{"name": "a", "name": "c", "jobs": []}')
    expect(cmd.removeValue(text, ['name']).text).toBe('{"jobs": []}')
  })

  it('replace a value of the wrong type where a container is needed', () => {
    const text = '{"jobs": [{"id": "a", "dependencies": "b,c", "env_variables": "X=1"}]}'
    const deps = cmd.addDependency(text, 'a', 'd').text
    expect(JSON.parse(deps).jobs[0].dependencies).toEqual(['d'])
    const env = cmd.setEnvVar(text, { jobId: 'a' }, 'Y', '2').text
    expect(JSON.parse(env).jobs[0].env_variables).toEqual({ Y: '2' })
  })

  it('give unique ids to repeated copies', () => {
    let text = '{"jobs": [{"id": "a"}]}'
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const result = cmd.duplicateJob(text, 'a')
      ids.push(result.id)
      text = result.text
    }
    expect(ids).toEqual(['a_copy', 'a_copy_2', 'a_copy_3'])
    expect(JSON.parse(text).jobs.map((j: { id: string }) => j.id)).toEqual([
      'a',
      'a_copy_3',
      'a_copy_2',
      'a_copy',
    ])
    expect(cmd.addJob(text).id).toBe('job_1')
  })

  it('rename and remove in a big file (2000 jobs) with one edit batch, not one re-parse per reference', () => {
    // How long this takes is measured by `make bench` (bench/domain.mjs), not asserted here.
    const text = referencesConfig(2000)
    const renamed = cmd.renameJob(text, 'j0', 'first')
    const removed = cmd.removeJobs(text, ['j0', 'j1', 'j500'])
    expect(renamed.edits).toHaveLength(2001) // the id, and "j0" in every other job (twice in j1)
    expect(JSON.parse(removed.text).jobs[0]).toEqual({ id: 'j2', dependencies: [] })
    expect(revert(removed)).toBe(text)
  })

  it('write the id first in a new job, and replace an id that is not a string', () => {
    expect(cmd.addJob('{"jobs": []}', { command: 'x' }).text).toBe(
      '{"jobs": [{"id": "job_1", "command": "x"}]}',
    )
    expect(cmd.addJob('{"jobs": []}', { command: 'x', id: 7 }).text).toBe(
      '{"jobs": [{"command": "x", "id": "job_1"}]}',
    )
    const pasted = cmd.pasteJobs('{"jobs": []}', [{ command: 'y' }, 'not a job'])
    expect(pasted.ids).toEqual(['job_1'])
    expect(pasted.text).toBe('{"jobs": [{"id": "job_1", "command": "y"}]}')
  })
})
