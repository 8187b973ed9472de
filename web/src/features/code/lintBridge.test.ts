import { describe, expect, it } from 'vitest'
import type { Diagnostic, QuickFix } from '@/domain/diagnostics/types'
import { parseDocument } from '@/domain/document/parse'
import { squigglesFor } from './lintBridge'

describe('squigglesFor', () => {
  it('marks each diagnostic where it is, with its severity, and wires each of its quick fixes', () => {
    const text = '{"parallel": "no", "jobs": [{"id": "a", "dependencies": ["ghost"]}]}'
    const fix: QuickFix = { title: 'Remove it', edits: [] }
    const rename: QuickFix = { title: "Rename the reference to 'a2'", edits: [] }
    const diagnostics: Diagnostic[] = [
      { code: 'flag-not-boolean', severity: 'warning', path: '/parallel', message: 'truthy' },
      {
        code: 'dependency-unknown',
        severity: 'error',
        path: '/jobs/0/dependencies/0',
        message: 'ghost',
        fixes: [rename, fix],
        fix: rename,
      },
    ]
    const applied: [string, QuickFix][] = []
    const [warning, error] = squigglesFor(parseDocument(text), diagnostics, (d, f) =>
      applied.push([d.code, f]),
    )
    expect(text.slice(warning!.from, warning!.to)).toBe('"no"')
    expect(warning).toMatchObject({ severity: 'warning', source: 'flag-not-boolean' })
    expect(warning!.actions).toBeUndefined()
    expect(text.slice(error!.from, error!.to)).toBe('"ghost"')
    expect(error!.actions!.map((a) => a.name)).toEqual(["Rename the reference to 'a2'", 'Remove it'])
    error!.actions![1]!.apply()
    expect(applied).toEqual([['dependency-unknown', fix]])
  })

  it('puts each syntax error at its own offset, in order', () => {
    const doc = parseDocument('{\n  "a": 1\n  "b": 2,\n}')
    const syntax = doc.syntaxErrors.map((): Diagnostic => ({
      code: 'json-syntax',
      severity: 'error',
      path: '',
      message: 'x',
    }))
    const marks = squigglesFor(doc, syntax, () => {})
    expect(marks.map((m) => m.from)).toEqual(doc.syntaxErrors.map((e) => e.offset))
    expect(marks.every((m) => m.to > m.from)).toBe(true)
  })
})
