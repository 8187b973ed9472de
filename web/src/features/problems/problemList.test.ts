import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '@/domain/diagnostics/types'
import { parseDocument } from '@/domain/document/parse'
import { countBySeverity, groupProblems, problemItems } from './problemList'

const text = `{
  "working_dir": "/tmp",
  "parallel": "no",
  "jobs": [
    { "id": "a", "command": "x" },
    { "id": "b", "command": "y", "dependencies": ["zz"] },
    { "command": "z" }
  ]
}`
const parsed = parseDocument(text)
const d = (severity: Diagnostic['severity'], path: string, code = 'c'): Diagnostic => ({
  code,
  severity,
  path,
  message: code,
})

describe('problemItems', () => {
  const items = problemItems(parsed, [
    d('warning', '/parallel', 'parallel-truthy'),
    d('error', '/jobs/1/dependencies/0', 'unknown-dependency'),
    d('error', '/jobs/2/id', 'missing-id'),
  ])

  it('sorts errors first, then by position, and locates each on its line', () => {
    expect(items.map((i) => [i.diagnostic.code, i.line])).toEqual([
      ['unknown-dependency', 6],
      ['missing-id', 7],
      ['parallel-truthy', 3],
    ])
    expect(text.slice(items[0]!.offset).startsWith('"zz"')).toBe(true)
  })

  it('names the job and the field a problem is in', () => {
    expect(items[0]).toMatchObject({ jobId: 'b', field: 'dependencies/0' })
    expect(items[1]).toMatchObject({ jobId: undefined, field: 'id' })
    expect(items[2]).toMatchObject({ jobId: undefined, field: 'parallel' })
  })

  it('places a syntax error at its exact offset', () => {
    const broken = parseDocument('{\n  "a": 1,\n  "b": \n}')
    const [item] = problemItems(broken, [d('error', '', 'json-syntax')])
    expect(item!.line).toBe(broken.syntaxErrors[0]!.line)
    expect(item!.line).toBeGreaterThan(1)
  })

  it('groups by job with application problems first, or by severity', () => {
    expect(groupProblems(items, 'job').map((g) => [g.label, g.items.length])).toEqual([
      ['Application', 1],
      ['b', 1],
      ['Job #3 (no id)', 1],
    ])
    expect(groupProblems(items, 'severity').map((g) => [g.label, g.items.length])).toEqual([
      ['Errors', 2],
      ['Warnings', 1],
    ])
  })

  it('counts by severity', () => {
    expect(countBySeverity(items.map((i) => i.diagnostic))).toEqual({ error: 2, warning: 1, info: 0 })
  })
})
