import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { parseDocument } from './parse'
import { revert } from './textEdits'

const problemOf = (text: string) => cmd.jobsProblem(parseDocument(text).model)
const CRLF = (text: string) => text.replace(/\n/g, '\r\n')

const JOBS_OBJECT = `{
  "working_dir": "/srv",
  "jobs": {
    "extract": {
      "command": "run extract",
      "_note": "kept"
    },
    "load": {"id": "load", "command": "run load", "dependencies": ["extract"]}
  }
}
`

describe('commands never replace a jobs value of another shape', () => {
  const shapes: [string, string][] = [
    ['an object of jobs', JOBS_OBJECT],
    ['a string', '{"working_dir": "/srv", "jobs": "extract,load"}'],
    ['a number', '{"working_dir": "/srv", "jobs": 3}'],
    ['a top-level list', '[{"id": "a", "command": "x"}]'],
    ['a top-level string', '"jobs"'],
  ]
  for (const [what, text] of shapes) {
    it(`add, paste and duplicate refuse when jobs is ${what}`, () => {
      expect(() => cmd.addJob(text)).toThrow(/not a (list|config object)/)
      expect(() => cmd.pasteJobs(text, [{ id: 'x' }])).toThrow(/not a (list|config object)/)
      expect(cmd.duplicateJob(text, 'extract').text).toBe(text)
      expect(cmd.removeJobs(text, ['extract', 'load']).text).toBe(text)
      expect(cmd.renameJob(text, 'extract', 'pull').text).toBe(text)
      expect(cmd.addDependency(text, 'load', 'extract').text).toBe(text)
      expect(cmd.setEnvVar(text, { jobId: 'load' }, 'A', '1').text).toBe(text)
    })
  }

  it('the refusal of an object says how to keep every job', () => {
    expect(() => cmd.addJob(JOBS_OBJECT)).toThrow('Convert it to a list first')
  })

  it('jobs missing or null: the first job creates the list (nothing to lose)', () => {
    expect(JSON.parse(cmd.addJob('{"working_dir": "/srv"}').text).jobs).toEqual([{ id: 'job_1' }])
    expect(JSON.parse(cmd.addJob('{"working_dir": "/srv", "jobs": null}').text).jobs).toEqual([
      { id: 'job_1' },
    ])
  })
})

describe('jobsProblem: one verdict for every view, with a lossless fix where there is one', () => {
  it('a list of jobs with ids is fine', () => {
    expect(problemOf('{"jobs": [{"id": "a"}]}')).toBeNull()
    expect(problemOf('{"working_dir": "/srv"}')).toBeNull()
  })

  it('jobs as an object converts to a list, key → id, every job text kept', () => {
    const problem = problemOf(JOBS_OBJECT)!
    expect(problem.code).toBe('jobs-not-list')
    expect(problem.message).toContain('"jobs" is an object with 2 entries, not a list')
    expect(problem.blocksAdding).toBe(true)
    const result = problem.fix!.apply(JOBS_OBJECT)
    expect(JSON.parse(result.text).jobs).toEqual([
      { id: 'extract', command: 'run extract', _note: 'kept' },
      { id: 'load', command: 'run load', dependencies: ['extract'] },
    ])
    // The jobs' own lines stay as written; undo gives the original bytes back.
    expect(result.text).toContain('      "command": "run extract",\n      "_note": "kept"\n')
    expect(revert(result)).toBe(JOBS_OBJECT)
  })

  it('no conversion when a key and the job’s own id disagree (one of them would be lost)', () => {
    const text = '{"jobs": {"a": {"id": "b"}}}'
    expect(problemOf(text)!.fix).toBeUndefined()
    expect(() => cmd.jobsObjectToList(text)).toThrow()
  })

  it('job_id instead of id: one rename per job, values and positions kept, CRLF kept', () => {
    const text = CRLF(
      '{\n  "jobs": [\n    {"job_id": "a", "command": "x"},\n    {"id": "b", "job_id": "zz"},\n    {"job_id": "c"}\n  ]\n}\n',
    )
    const problem = problemOf(text)!
    expect(problem.code).toBe('jobs-without-id')
    expect(problem.message).toBe(
      '2 jobs of 3 have no "id" (they use "job_id"); the engine refuses them and the canvas cannot draw them.',
    )
    expect(problem.fix!.title).toBe('Rename "job_id" to "id" in 2 jobs')
    const result = problem.fix!.apply(text)
    expect(result.text).toBe(text.replace('"job_id": "a"', '"id": "a"').replace('"job_id": "c"', '"id": "c"'))
    expect(result.edits).toHaveLength(2)
  })

  it('a top-level list of jobs is wrapped as "jobs", the list text untouched', () => {
    const text = '[\n  {"id": "a", "command": "x"}\n]\n'
    const problem = problemOf(text)!
    expect(problem.message).toBe(
      'The file is a bare list of 1 job; the engine needs an object with "working_dir" and "jobs".',
    )
    const result = problem.fix!.apply(text)
    expect(result.text).toBe('{\n  "jobs": [\n  {"id": "a", "command": "x"}\n]\n}\n')
    expect(JSON.parse(result.text)).toEqual({ jobs: [{ id: 'a', command: 'x' }] })
  })

  it('other top levels and jobs values: a message, no fix', () => {
    expect(problemOf('[1, 2]')!.fix).toBeUndefined()
    expect(problemOf('{"jobs": "x"}')!.message).toContain('"jobs" is a string, not a list')
  })
})

describe('jobs addressed by position (duplicate ids)', () => {
  const DUP =
    '{"jobs": [{"id": "a", "command": "one"}, {"id": "a", "command": "two"}, {"id": "b", "dependencies": ["a"]}]}'

  it('field commands reach the second duplicate by index, the first stays as it was', () => {
    const env = cmd.setEnvVar(DUP, { jobId: 'a', index: 1 }, 'X', '1')
    expect(JSON.parse(env.text).jobs[1].env_variables).toEqual({ X: '1' })
    expect(JSON.parse(env.text).jobs[0].env_variables).toBeUndefined()
    const dep = cmd.addDependency(DUP, { index: 1, id: 'a' }, 'b')
    expect(JSON.parse(dep.text).jobs[1].dependencies).toEqual(['b'])
    const check = cmd.addCheck(DUP, { index: 1, id: 'a' }, 'post_checks', { name: 'check_x' })
    expect(JSON.parse(check.text).jobs[0].post_checks).toBeUndefined()
  })

  it('a position whose job has another id (the list changed meanwhile) changes nothing', () => {
    expect(cmd.addDependency(DUP, { index: 2, id: 'a' }, 'b').text).toBe(DUP)
  })

  it('renaming the second duplicate renames it only; references to the id still left stay', () => {
    const result = cmd.renameJob(DUP, 'a', 'a2', 1)
    const jobs = JSON.parse(result.text).jobs
    expect(jobs.map((j: { id: string }) => j.id)).toEqual(['a', 'a2', 'b'])
    expect(jobs[2].dependencies).toEqual(['a'])
  })
})
