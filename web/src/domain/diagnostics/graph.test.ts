import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import { errorCodes, expectDiag, lint, withJobs } from './diagnose.testkit'

const j = (id: string, dependencies?: unknown) => ({
  id,
  command: 'true',
  ...(dependencies === undefined ? {} : { dependencies }),
})

describe('dependency rules', () => {
  it('refuses dependencies that are not a list, suggesting the list form of a comma string', () => {
    const d = lint(withJobs([j('a'), j('b'), j('c', 'a, b')]))
    expectDiag(d, 'dependencies-not-array', 'error', '/jobs/2/dependencies', /a string.*\["a","b"\]/)
    expectDiag(
      lint(withJobs([j('a', null)])),
      'dependencies-not-array',
      'error',
      '/jobs/0/dependencies',
      /null/,
    )
  })

  it('refuses non-string dependencies (the engine crashes)', () => {
    expectDiag(
      lint(withJobs([j('a'), j('b', [1])])),
      'dependency-not-string',
      'error',
      '/jobs/1/dependencies/0',
      /crashes/,
    )
  })

  it('refuses a dependency on a job that does not exist, with a fix that removes it', () => {
    const text = JSON.stringify(withJobs([j('a'), j('b', ['a', 'ghost'])]), null, 2)
    const doc = parseDocument(text)
    const d = expectDiag(
      diagnose(doc),
      'dependency-unknown',
      'error',
      '/jobs/1/dependencies/1',
      /'b' depends on 'ghost', which does not exist/,
    )
    let fixed = text
    for (const e of [...d.fix!.edits].sort((x, y) => y.offset - x.offset)) {
      fixed = fixed.slice(0, e.offset) + e.content + fixed.slice(e.offset + e.length)
    }
    expect(JSON.parse(fixed).jobs[1].dependencies).toEqual(['a'])
    expect(errorCodes(diagnose(parseDocument(fixed)))).toEqual([])
  })

  it('refuses a cycle and gives its path as the engine prints it', () => {
    const d = lint(withJobs([j('job_a', ['job_c']), j('job_b', ['job_a']), j('job_c', ['job_b'])]))
    expectDiag(d, 'dependency-cycle', 'error', '/jobs/0/dependencies/0', /job_a -> job_c -> job_b -> job_a/)
  })

  it('refuses a self-dependency', () => {
    expectDiag(
      lint(withJobs([j('a', ['a'])])),
      'dependency-cycle',
      'error',
      '/jobs/0/dependencies/0',
      /'a' depends on itself/,
    )
  })

  it('accepts a diamond', () => {
    expect(errorCodes(lint(withJobs([j('a'), j('b', ['a']), j('c', ['a']), j('d', ['b', 'c'])])))).toEqual([])
  })
})
