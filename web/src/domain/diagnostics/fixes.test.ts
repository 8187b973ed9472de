import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import type { TextEdit } from '../document/types'
import { diagnose } from '.'
import { formattingOf } from './fixes'

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.offset - a.offset)
    .reduce((t, e) => t.slice(0, e.offset) + e.content + t.slice(e.offset + e.length), text)
}

function fixFor(text: string, code: string): string {
  const d = diagnose(parseDocument(text)).find((x) => x.code === code)
  expect(d?.fix, `${code} has a fix`).toBeDefined()
  return apply(text, d!.fix!.edits)
}

describe('quick fixes keep the file’s formatting', () => {
  it('detects indentation and line endings', () => {
    expect(formattingOf('{\n\t"a": 1\n}')).toEqual({ insertSpaces: false, tabSize: 1, eol: '\n' })
    expect(formattingOf('{\r\n    "a": 1\r\n}')).toEqual({ insertSpaces: true, tabSize: 4, eol: '\r\n' })
    expect(formattingOf('{"a": 1}')).toBeUndefined()
  })

  it('adds working_dir with tabs and CRLF in a tab-indented Windows file', () => {
    const text = '{\r\n\t"application_name": "x",\r\n\t"jobs": []\r\n}\r\n'
    expect(fixFor(text, 'working-dir-missing')).toBe(
      '{\r\n\t"working_dir": "/path/to/working_dir",\r\n\t"application_name": "x",\r\n\t"jobs": []\r\n}\r\n',
    )
  })

  it('keeps a minified file on one line', () => {
    const text =
      '{"working_dir":"/w","application_name":"x","jobs":[{"id":"a","command":"x"},{"id":"b","command":"x","dependencies":["a","gone"]}]}'
    const fixed = fixFor(text, 'dependency-unknown')
    expect(fixed).not.toContain('\n')
    expect(JSON.parse(fixed).jobs[1].dependencies).toEqual(['a'])
    expect(fixed.length).toBe(text.length - ',"gone"'.length)
  })

  it('changes only the fixed region', () => {
    const text = '{\n  "parallel": "no",\n  "working_dir": "/w",\n  "jobs": []\n}'
    expect(fixFor(text, 'flag-not-boolean')).toBe(
      '{\n  "parallel": false,\n  "working_dir": "/w",\n  "jobs": []\n}',
    )
  })
})

describe('removing a dangling dependency', () => {
  it.each([
    ['first of several', '["gone","a"]', '["a"]'],
    ['middle, pretty', '[\n    "a",\n    "gone",\n    "a2"\n  ]', '[\n    "a",\n    "a2"\n  ]'],
    ['last, pretty', '[\n    "a",\n    "gone"\n  ]', '[\n    "a"\n  ]'],
    ['only one', '[ "gone" ]', '[]'],
    ['only one, pretty', '[\n    "gone"\n  ]', '[]'],
  ])('%s', (_label, deps, expected) => {
    const text = `{"working_dir":"/w","application_name":"x","jobs":[{"id":"a","command":"x"},{"id":"a2","command":"x"},{"id":"b","command":"x","dependencies":${deps}}]}`
    expect(fixFor(text, 'dependency-unknown')).toBe(text.replace(deps, expected))
  })
})
