import { describe, expect, it } from 'vitest'
import { BASE, codes, errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const job = { id: 'a', command: 'true' }

describe('structure rules (what the engine refuses at load)', () => {
  it('reports JSON syntax errors with line and column, and nothing else', () => {
    const d = lint('{\n  "working_dir": "/x",\n  "jobs": [,]\n}')
    expect(codes(d).every((c) => c === 'json-syntax')).toBe(true)
    expect(d[0]!.severity).toBe('error')
    expect(d[0]!.message).toMatch(/line 3, column 12/)
  })

  it('treats trailing commas and comments as errors, as Python does', () => {
    expect(errorCodes(lint('{"working_dir": "/x", "jobs": [],}'))).toContain('json-syntax')
    expect(errorCodes(lint('{"working_dir": "/x", // c\n "jobs": []}'))).toContain('json-syntax')
  })

  it('refuses an empty file', () => {
    expectDiag(lint('  \n'), 'json-syntax', 'error', '', /empty/)
  })

  it('refuses a top level that is not an object', () => {
    expectDiag(lint([job]), 'root-not-object', 'error', '', /top level is an array/)
  })

  it('refuses a missing working_dir and offers to add it at the top', () => {
    const text = JSON.stringify({ jobs: [job] }, null, 4)
    const d = expectDiag(lint(text), 'working-dir-missing', 'error', '', /no "working_dir"/)
    expect(d.fix?.title).toMatch(/Add "working_dir"/)
    const edit = d.fix!.edits[0]!
    const fixed = text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length)
    expect(fixed).toMatch(/^\{\n {4}"working_dir": "\/path\/to\/working_dir",\n {4}"jobs"/)
  })

  it('refuses a working_dir that is not a string (the engine crashes)', () => {
    expectDiag(
      lint({ ...withJobs([job]), working_dir: 5 }),
      'working-dir-type',
      'error',
      '/working_dir',
      /a number/,
    )
  })

  it('warns about a relative working_dir but accepts it', () => {
    const d = lint({ ...withJobs([job]), working_dir: '.' })
    expectDiag(d, 'working-dir-relative', 'warning', '/working_dir', /relative/)
    expect(errorCodes(d)).toEqual([])
    expect(codes(lint({ ...withJobs([job]), working_dir: '~/w' }))).not.toContain('working-dir-relative')
  })

  it('refuses a missing jobs list and a jobs value that is not an array', () => {
    expectDiag(lint(BASE), 'jobs-missing', 'error', '', /no "jobs"/)
    expectDiag(lint({ ...BASE, jobs: 'a,b' }), 'jobs-not-array', 'error', '/jobs', /a string/)
  })

  it('accepts an empty jobs list', () => {
    expect(errorCodes(lint(withJobs([])))).toEqual([])
  })

  it('reports every refusal at once', () => {
    const d = lint({ jobs: [{ id: 'a' }, 3, { id: 'a', command: 'x', dependencies: ['zz'] }] })
    expect(errorCodes(d)).toEqual(
      expect.arrayContaining([
        'working-dir-missing',
        'job-command-missing',
        'job-not-object',
        'job-id-duplicate',
        'dependency-unknown',
      ]),
    )
  })

  it('refuses an application_name with "/" (the engine crashes opening its log)', () => {
    expectDiag(
      lint(withJobs([job], { application_name: 'a/b' })),
      'application-name-slash',
      'error',
      '/application_name',
      /contains "\/"/,
    )
  })

  it('refuses a log_dir that is not a string', () => {
    expectDiag(lint(withJobs([job], { log_dir: 3 })), 'log-dir-type', 'error', '/log_dir', /crashes/)
  })

  it('refuses a max_workers string (crash) and warns about values it silently changes', () => {
    expectDiag(
      lint(withJobs([job], { max_workers: '4' })),
      'max-workers-type',
      'error',
      '/max_workers',
      /crashes/,
    )
    expectDiag(
      lint(withJobs([job], { max_workers: 0 })),
      'max-workers-invalid',
      'warning',
      '/max_workers',
      /uses 1 worker/,
    )
    expectDiag(
      lint(withJobs([job], { max_workers: 2.5 })),
      'max-workers-invalid',
      'warning',
      '/max_workers',
      /not a whole number/,
    )
  })
})

describe('application name', () => {
  it('warns that name is ignored, says which name runs get, and renames it', () => {
    const text = '{"name": "nightly", "working_dir": "/w", "jobs": []}'
    const d = expectDiag(
      lint(text, 'etl.prod.json'),
      'name-ignored',
      'warning',
      '/name',
      /recorded as "etl.prod"/,
    )
    const edit = d.fix!.edits[0]!
    expect(text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length)).toBe(
      '{"application_name": "nightly", "working_dir": "/w", "jobs": []}',
    )
  })

  it('notes that name is shadowed when application_name is present', () => {
    expectDiag(lint(withJobs([], { name: 'x' })), 'name-shadowed', 'info', '/name', /uses "application_name"/)
  })

  it('notes the file-name fallback when neither is set', () => {
    expectDiag(
      lint({ working_dir: '/w', jobs: [] }, 'dir/release_96.0.json'),
      'application-name-default',
      'info',
      '',
      /"release_96.0"/,
    )
  })
})

describe('non-standard numbers', () => {
  it('accepts NaN and Infinity as Python does, with a warning, and checks the rest', () => {
    const text =
      '{"working_dir": "/w", "application_name": "x", "default_timeout": Infinity, "jobs": [{"id": "a", "command": "x", "retry_jitter": NaN}, {"id": "a", "command": "y"}]}'
    const d = lint(text)
    expectDiag(d, 'json-non-finite', 'warning', '/default_timeout', /Infinity is not standard JSON/)
    expectDiag(d, 'json-non-finite', 'warning', '/jobs/0/retry_jitter', /NaN/)
    expect(errorCodes(d)).toEqual(['job-id-duplicate'])
  })

  it('still refuses NaN inside otherwise broken JSON', () => {
    expect(errorCodes(lint('{"a": NaN, "b": }'))).toContain('json-syntax')
    expect(codes(lint('{"a": "NaN", }'))).not.toContain('json-non-finite')
  })
})

describe('byte order mark', () => {
  it('refuses a UTF-8 BOM as Python does, and says how to fix it', () => {
    const d = lint('\ufeff{"working_dir": "/w", "application_name": "x", "jobs": []}')
    expectDiag(d, 'json-syntax', 'error', '', /byte order mark.*without BOM/)
    expect(d).toHaveLength(1)
  })
})
