import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EditLog } from './editLog'
import { revert } from './textEdits'

/** A random edit valid on `text`, from three numbers and a string. */
function editOn(text: string, [a, b, content]: [number, number, string]) {
  const offset = a % (text.length + 1)
  return { offset, length: b % (text.length - offset + 1), content }
}

describe('EditLog', () => {
  it('composes successive edits into non-overlapping edits on the original, with an exact inverse', () => {
    const step = fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 }))
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(step, { maxLength: 8 }), (original, steps) => {
        const log = new EditLog(original)
        let expected = original
        for (const s of steps) {
          const edit = editOn(expected, s)
          expected = expected.slice(0, edit.offset) + edit.content + expected.slice(edit.offset + edit.length)
          log.apply(edit)
        }
        const result = log.result()
        expect(result.text).toBe(expected)
        expect(revert(result)).toBe(original)
        result.edits.forEach((e, i) => {
          const next = result.edits[i + 1]
          if (next) expect(e.offset + e.length).toBeLessThanOrEqual(next.offset)
        })
        if (expected === original) expect(result.edits).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps distant edits apart and trims each to what changed', () => {
    const log = new EditLog('{"a": 1, "b": 2, "c": 3}')
    log.apply({ offset: 6, length: 1, content: '15' })
    log.apply({ offset: 23, length: 1, content: '9' })
    log.apply({ offset: 15, length: 1, content: '2' }) // the same character again: no edit
    expect(log.result().edits).toEqual([
      { offset: 7, length: 0, content: '5' }, // "1" → "15": only the new character
      { offset: 22, length: 1, content: '9' },
    ])
  })
})
