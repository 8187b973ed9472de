import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { STYLES, lineDiff } from './document.testkit'
import { revert } from './textEdits'
import type { EditResult } from './types'

type Config = {
  env_variables: Record<string, string>
  jobs: Record<string, unknown>[]
  [key: string]: unknown
}

const base = (): Config => ({
  application_name: 'demo',
  working_dir: '/srv/demo',
  _comment: 'a disabled setting',
  x_unknown: { keep: true },
  env_variables: { BASE: '/opt' },
  jobs: [
    { id: 'extract', command: 'run extract', _note: 'kept', dependencies: [] },
    { id: 'transform', command: 'run transform', dependencies: ['extract'], env_variables: { MODE: 'fast' } },
    {
      id: 'load',
      command: 'run load',
      dependencies: ['transform', 'extract'],
      post_checks: [{ name: 'check_no_ora_errors', params: { log_file: 'load.log' } }],
    },
  ],
})

interface Case {
  name: string
  /** Change to the base config before rendering the input file. */
  prepare?(config: Config): void
  run(text: string): EditResult
  /** The expected value, built independently on a plain object (key order as it must appear). */
  expect(config: Config): void
}

const job = (c: Config, i: number) => c.jobs[i] as Record<string, unknown> & { dependencies?: string[] }

const CASES: Case[] = [
  {
    name: 'setValue adds an app field with the other settings, before jobs',
    run: (t) => cmd.setValue(t, ['default_timeout'], 600),
    expect: (c) => {
      const jobs = c.jobs
      delete (c as Partial<Config>).jobs
      c.default_timeout = 600
      c.jobs = jobs
    },
  },
  {
    name: 'setValue replaces a job scalar',
    run: (t) => cmd.setValue(t, ['jobs', 1, 'command'], 'run transform --fast'),
    expect: (c) => void (job(c, 1).command = 'run transform --fast'),
  },
  {
    name: 'setValue merges an object member by member',
    run: (t) => cmd.setValue(t, ['jobs', 1, 'env_variables'], { MODE: 'slow', EXTRA: '1' }),
    expect: (c) => void (job(c, 1).env_variables = { MODE: 'slow', EXTRA: '1' }),
  },
  {
    name: 'setValue creates missing parents',
    run: (t) => cmd.setValue(t, ['jobs', 0, 'retry', 'delays'], [1, 2]),
    expect: (c) => void (job(c, 0).retry = { delays: [1, 2] }),
  },
  {
    name: 'removeValue drops a _-prefixed key',
    run: (t) => cmd.removeValue(t, ['jobs', 0, '_note']),
    expect: (c) => void delete job(c, 0)._note,
  },
  {
    name: 'addJob appends job_1',
    run: (t) => cmd.addJob(t, { command: 'echo new' }),
    expect: (c) => void c.jobs.push({ id: 'job_1', command: 'echo new' }),
  },
  {
    name: 'duplicateJob inserts the copy after the original',
    run: (t) => cmd.duplicateJob(t, 'transform'),
    expect: (c) => void c.jobs.splice(2, 0, { ...job(c, 1), id: 'transform_copy' }),
  },
  {
    name: 'removeJobs drops the job and references to it',
    run: (t) => cmd.removeJobs(t, ['extract']),
    expect: (c) => {
      c.jobs.splice(0, 1)
      job(c, 0).dependencies = []
      job(c, 1).dependencies = ['transform']
    },
  },
  {
    name: 'renameJob updates every reference',
    run: (t) => cmd.renameJob(t, 'extract', 'source'),
    expect: (c) => {
      job(c, 0).id = 'source'
      job(c, 1).dependencies = ['source']
      job(c, 2).dependencies = ['transform', 'source']
    },
  },
  {
    name: 'addDependency into an empty list',
    run: (t) => cmd.addDependency(t, 'extract', 'load'),
    expect: (c) => void (job(c, 0).dependencies = ['load']),
  },
  {
    name: 'addDependency creates dependencies',
    prepare: (c) => void delete job(c, 1).dependencies,
    run: (t) => cmd.addDependency(t, 'transform', 'load'),
    expect: (c) => void (job(c, 1).dependencies = ['load']),
  },
  {
    name: 'removeDependency',
    run: (t) => cmd.removeDependency(t, 'load', 'transform'),
    expect: (c) => void (job(c, 2).dependencies = ['extract']),
  },
  {
    name: 'setEnvVar creates a job env_variables object',
    run: (t) => cmd.setEnvVar(t, { jobId: 'extract' }, 'X', '1'),
    expect: (c) => void (job(c, 0).env_variables = { X: '1' }),
  },
  {
    name: 'setEnvVar adds an app variable',
    run: (t) => cmd.setEnvVar(t, 'app', 'HOME_DIR', '${BASE}/home'),
    expect: (c) => void (c.env_variables.HOME_DIR = '${BASE}/home'),
  },
  {
    name: 'unsetEnvVar empties the object',
    run: (t) => cmd.unsetEnvVar(t, 'app', 'BASE'),
    expect: (c) => void (c.env_variables = {}),
  },
  {
    name: 'addCheck creates pre_checks',
    run: (t) =>
      cmd.addCheck(t, 'extract', 'pre_checks', { name: 'check_file_exists', params: { path: 'in' } }),
    expect: (c) => void (job(c, 0).pre_checks = [{ name: 'check_file_exists', params: { path: 'in' } }]),
  },
  {
    name: 'addCheck appends to post_checks',
    run: (t) => cmd.addCheck(t, 'load', 'post_checks', { name: 'check_disk_space' }),
    expect: (c) => void (job(c, 2).post_checks as unknown[]).push({ name: 'check_disk_space' }),
  },
  {
    name: 'updateCheck',
    run: (t) =>
      cmd.updateCheck(t, 'load', 'post_checks', 0, { name: 'check_file_exists', params: { path: 'p' } }),
    expect: (c) => void (job(c, 2).post_checks = [{ name: 'check_file_exists', params: { path: 'p' } }]),
  },
  {
    name: 'removeCheck',
    run: (t) => cmd.removeCheck(t, 'load', 'post_checks', 0),
    expect: (c) => void (job(c, 2).post_checks = []),
  },
  {
    name: 'pasteJobs makes ids unique and remaps internal dependencies',
    run: (t) =>
      cmd.pasteJobs(t, [
        { id: 'extract', command: 'again', dependencies: [] },
        { id: 'audit', command: 'audit', dependencies: ['extract', 'load'] },
      ]),
    expect: (c) => {
      c.jobs.push({ id: 'extract_copy', command: 'again', dependencies: [] })
      c.jobs.push({ id: 'audit', command: 'audit', dependencies: ['extract_copy', 'load'] })
    },
  },
]

describe.each(STYLES)('commands on a file with $name', (style) => {
  it.each(CASES)('$name: the result is the file as that style writes it, and undo restores it', (c) => {
    const input = base()
    c.prepare?.(input)
    const before = style.render(input)
    const expected = structuredClone(input)
    c.expect(expected)
    const result = c.run(before)
    expect(result.text).toBe(style.render(expected))
    expect(revert(result)).toBe(before)
  })
})

describe('the diff of each command is only the expected lines', () => {
  const before = STYLES[0]!.render(base())
  it('setEnvVar on a job without env_variables adds the object after its last field', () => {
    expect(lineDiff(before, cmd.setEnvVar(before, { jobId: 'extract' }, 'X', '1').text)).toEqual([
      '-      "dependencies": []',
      '+      "dependencies": [],',
      '+      "env_variables": {',
      '+        "X": "1"',
      '+      }',
    ])
  })
  it('renameJob changes the id line and the two references only', () => {
    expect(lineDiff(before, cmd.renameJob(before, 'extract', 'src').text)).toEqual([
      '-      "id": "extract",',
      '+      "id": "src",',
      '-        "extract"',
      '+        "src"',
      '-        "extract"',
      '+        "src"',
    ])
  })
  it('removeJobs deletes the job block and the references, adding nothing', () => {
    const diff = lineDiff(before, cmd.removeJobs(before, ['transform']).text)
    expect(diff.every((l) => l.startsWith('-'))).toBe(true)
    expect(diff).toHaveLength(11) // the 10 lines of the job and one dependency line
    expect(diff).toContain('-      "id": "transform",')
    expect(diff).toContain('-        "transform",')
  })
  it('a CRLF file gets CRLF lines only', () => {
    const crlf = STYLES[4]!.render(base())
    const diff = lineDiff(crlf, cmd.addJob(crlf, { command: 'x', env_variables: { A: 'b' } }).text)
    expect(diff).toHaveLength(7) // "}," of the previous job, then 6 lines of the new one
    expect(diff.every((l) => l.startsWith('+') && l.endsWith('\\r'))).toBe(true)
  })
  it('a minified file stays on one line', () => {
    const min = STYLES[3]!.render(base())
    let text = min
    for (const run of CASES.map((c) => c.run)) text = run(text).text
    expect(text).not.toContain('\n')
    expect(() => JSON.parse(text)).not.toThrow()
  })
})
