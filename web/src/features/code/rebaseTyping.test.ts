import { describe, expect, it } from 'vitest'
import { applyWithInverse } from '@/domain/document/textEdits'
import { rebaseTyping } from './rebaseTyping'

const base = '{"a": 1, "b": 2, "c": 3}'

describe('rebaseTyping', () => {
  it('keeps typing and an external edit elsewhere, and maps the external edit into the editor', () => {
    const local = base.replace('"a": 1', '"a": 100')
    const external = base.replace('"c": 3', '"c": 4')
    const result = rebaseTyping(base, local, external)!
    expect(result.merged).toBe('{"a": 100, "b": 2, "c": 4}')
    expect(applyWithInverse(local, [result.editorChange!]).text).toBe(result.merged)
  })

  it('works when the external edit comes before the typing', () => {
    const local = base.replace('"c": 3', '"c": 33')
    const external = base.replace('"a": 1', '"alpha": 1')
    const result = rebaseTyping(base, local, external)!
    expect(result.merged).toBe('{"alpha": 1, "b": 2, "c": 33}')
    expect(applyWithInverse(local, [result.editorChange!]).text).toBe(result.merged)
  })

  it('gives up (store wins) when both touch the same place', () => {
    expect(rebaseTyping(base, base.replace('"b": 2', '"b": 20'), base.replace('"b": 2', '"b": 5'))).toBeNull()
  })

  it('handles one side without changes', () => {
    expect(rebaseTyping(base, base, base.replace('1', '9'))).toEqual({
      merged: base.replace('1', '9'),
      editorChange: { offset: 6, length: 1, content: '9' },
    })
    expect(rebaseTyping(base, base.replace('1', '9'), base)?.editorChange).toBeNull()
  })
})
