import { parseTree } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { lineDiff } from './document.testkit'
import { detectStyle } from './format'
import { revert } from './textEdits'

const style = (text: string) => detectStyle(text, parseTree(text))

// Like the engine's test_env_interpolation.json: the first line has 4 spaces, the rest 2.
const MIXED = `{
    "working_dir": "/w",
  "name": "x",
  "env_variables": {
    "A": "1"
  },
  "jobs": [
    {
      "id": "a",
      "command": "c"
    }
  ]
}`

// Like files written by Python's json.dump(indent=4) and then hand-edited: one-line arrays and checks.
const PYTHONISH = `{
    "env_variables": {"APP_LEVEL": "yes"},
    "jobs": [
        {
            "id": "job1",
            "command": "echo 1",
            "dependencies": [],
            "pre_checks": [
                {"name": "check_file_exists", "params": {"path": "input.sql"}}
            ]
        },
        {
            "id": "job2",
            "command": "echo 2",
            "dependencies": ["job1"]
        }
    ]
} `

describe('formatting detection', () => {
  it('finds the indentation step, line ending, spacing and array style', () => {
    expect(style('{\n    "a": [\n        1\n    ]\n}')).toMatchObject({ indentUnit: '    ', eol: '\n' })
    expect(style('{\r\n\t"a": 1\r\n}')).toMatchObject({ indentUnit: '\t', eol: '\r\n', minified: false })
    expect(style('{"a":1,"b":[1,2]}')).toMatchObject({ minified: true, colon: ':', inlineComma: ',' })
    expect(style('{"a": 1, "b": 2}')).toMatchObject({ minified: true, colon: ': ', inlineComma: ', ' })
    expect(style(PYTHONISH)).toMatchObject({ indentUnit: '    ', inlineScalarArrays: true })
    expect(style(JSON.stringify({ a: ['x'] }, null, 2))).toMatchObject({ inlineScalarArrays: false })
  })
  it('takes the dominant step of a mixed file', () => {
    expect(style(MIXED).indentUnit).toBe('  ')
  })
})

describe('insertions follow the region they go into', () => {
  it('a new top-level key in the mixed file goes before jobs, indented like its neighbours', () => {
    const result = cmd.setValue(MIXED, ['application_name'], 'demo')
    expect(lineDiff(MIXED, result.text)).toEqual(['+  "application_name": "demo",'])
    expect(revert(result)).toBe(MIXED)
  })
  it('a new nested object in the mixed file uses its 2-space step', () => {
    expect(lineDiff(MIXED, cmd.setEnvVar(MIXED, { jobId: 'a' }, 'V', '1').text)).toEqual([
      '-      "command": "c"',
      '+      "command": "c",',
      '+      "env_variables": {',
      '+        "V": "1"',
      '+      }',
    ])
  })
  it('one-line objects and arrays stay on one line', () => {
    expect(lineDiff(PYTHONISH, cmd.setEnvVar(PYTHONISH, 'app', 'B', 'x').text)).toEqual([
      '-    "env_variables": {"APP_LEVEL": "yes"},',
      '+    "env_variables": {"APP_LEVEL": "yes", "B": "x"},',
    ])
    expect(lineDiff(PYTHONISH, cmd.addDependency(PYTHONISH, 'job2', 'job0').text)).toEqual([
      '-            "dependencies": ["job1"]',
      '+            "dependencies": ["job1", "job0"]',
    ])
  })
  it('an empty array gets the file’s one-line array style', () => {
    expect(lineDiff(PYTHONISH, cmd.addDependency(PYTHONISH, 'job1', 'job2').text)).toEqual([
      '-            "dependencies": [],',
      '+            "dependencies": ["job2"],',
    ])
  })
  it('a new check is written on one line like its siblings', () => {
    const result = cmd.addCheck(PYTHONISH, 'job1', 'pre_checks', {
      name: 'check_disk_space',
      params: { min: 1 },
    })
    expect(lineDiff(PYTHONISH, result.text)).toEqual([
      '-                {"name": "check_file_exists", "params": {"path": "input.sql"}}',
      '+                {"name": "check_file_exists", "params": {"path": "input.sql"}},',
      '+                {"name": "check_disk_space", "params": {"min": 1}}',
    ])
  })
  it('a new job is indented like its siblings and keeps the trailing space after the file', () => {
    const result = cmd.addJob(PYTHONISH, { command: 'echo 3' })
    // (the diff pairs the old closing brace with the new job's one)
    expect(lineDiff(PYTHONISH, result.text)).toEqual([
      '+        },',
      '+        {',
      '+            "id": "job_1",',
      '+            "command": "echo 3"',
    ])
    expect(result.text.endsWith('} ')).toBe(true)
  })
  it('a minified file with spaces after separators keeps them', () => {
    const text = '{"jobs": [{"id": "a", "command": "x"}]}'
    expect(cmd.setEnvVar(text, { jobId: 'a' }, 'V', '1').text).toBe(
      '{"jobs": [{"id": "a", "command": "x", "env_variables": {"V": "1"}}]}',
    )
  })
  it('a new container is written like the file’s other containers under the same key', () => {
    expect(lineDiff(PYTHONISH, cmd.setEnvVar(PYTHONISH, { jobId: 'job2' }, 'X', '1').text)).toEqual([
      '-            "dependencies": ["job1"]',
      '+            "dependencies": ["job1"],',
      '+            "env_variables": {"X": "1"}',
    ])
    // post_checks look like the file's pre_checks: one check per line, each on one line.
    const checks = cmd.addCheck(PYTHONISH, 'job1', 'post_checks', { name: 'n', params: { a: 1 } }).text
    expect(checks).toContain(
      [
        '            ],',
        '            "post_checks": [',
        '                {"name": "n", "params": {"a": 1}}',
        '            ]',
        '        },',
      ].join('\n'),
    )
    const job = cmd.addJob(PYTHONISH, {
      command: 'x',
      env_variables: { A: '1' },
      pre_checks: [{ name: 'n' }],
    })
    expect(job.text).toContain(
      [
        '            "env_variables": {"A": "1"},',
        '            "pre_checks": [',
        '                {"name": "n"}',
        '            ]',
      ].join('\n'),
    )
  })
})
