import { describe, expect, it } from 'vitest'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { TextEdit } from '@/domain/document/types'
import { editorText, lineMapFor } from './lineMap'

/** What the document becomes when the user makes `edit` in the editor (which holds editorText). */
function typeInEditor(doc: string, edit: TextEdit): string {
  const map = lineMapFor(doc)
  return applyWithInverse(doc, [map ? map.editToDoc(edit) : edit]).text
}

const CRLF = '{\r\n  "jobs": [\r\n    {"id": "a"}\r\n  ]\r\n}\r\n'

describe('line endings between the JSON pane and the document', () => {
  it('an LF file needs no map (typing in it costs nothing extra)', () => {
    expect(lineMapFor('{\n  "a": 1\n}\n')).toBeNull()
  })

  it('a character typed in a CRLF file changes that character only', () => {
    const view = editorText(CRLF)
    const at = view.indexOf('"a"') + 2
    const after = typeInEditor(CRLF, { offset: at, length: 0, content: 'b' })
    expect(after).toBe(CRLF.replace('"a"', '"ab"'))
  })

  it('Enter in a CRLF file writes CRLF; deleting a line break removes both bytes', () => {
    const view = editorText(CRLF)
    const endOfLine2 = view.indexOf('[') + 1
    expect(typeInEditor(CRLF, { offset: endOfLine2, length: 0, content: '\n    ' })).toBe(
      CRLF.replace('[\r\n', '[\r\n    \r\n'),
    )
    expect(typeInEditor(CRLF, { offset: endOfLine2, length: 1, content: '' })).toBe(
      CRLF.replace('[\r\n', '['),
    )
  })

  it('mixed endings: each existing break keeps its bytes, new ones take the dominant ending', () => {
    const mixed = 'a\r\nb\nc\r\nd\r\n'
    const map = lineMapFor(mixed)!
    expect(map.eol).toBe('\r\n')
    // Offsets of each line start, both ways.
    expect([0, 2, 4, 6].map(map.toDoc)).toEqual([0, 3, 5, 8])
    expect([0, 3, 5, 8].map(map.toEditor)).toEqual([0, 2, 4, 6])
    // Inside a CRLF pair: the end of the line.
    expect(map.toEditor(2)).toBe(1)
    const view = editorText(mixed)
    expect(view).toBe('a\nb\nc\nd\n')
    expect(typeInEditor(mixed, { offset: 3, length: 0, content: 'X\nY' })).toBe('a\r\nbX\r\nY\nc\r\nd\r\n')
    expect(lineMapFor('a\nb\nc\r\n')!.eol).toBe('\n')
  })

  it('a lone CR is one line break of one byte', () => {
    const map = lineMapFor('a\rb\r\nc')!
    expect(map.toDoc(2)).toBe(2)
    expect(map.toDoc(4)).toBe(5)
  })

  it('a BOM is an ordinary first character: offsets are unchanged', () => {
    const bom = '\ufeff{\r\n}'
    expect(typeInEditor(bom, { offset: 3, length: 0, content: ' ' })).toBe('\ufeff{\r\n }')
  })
})
