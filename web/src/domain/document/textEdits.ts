/** Applying text edits while recording their exact inverse (the basis of undo and of lossless edits). */
import type { EditResult, TextEdit } from './types'

/**
 * Apply non-overlapping edits (any order) and compute the inverse edits, expressed against the new
 * text, that restore the original bytes.
 */
export function applyWithInverse(text: string, edits: readonly TextEdit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length)
  let out = ''
  let cursor = 0
  let shift = 0
  const inverse: TextEdit[] = []
  for (const edit of sorted) {
    if (edit.offset < cursor) throw new Error('Overlapping text edits')
    out += text.slice(cursor, edit.offset) + edit.content
    inverse.push({
      offset: edit.offset + shift,
      length: edit.content.length,
      content: text.slice(edit.offset, edit.offset + edit.length),
    })
    shift += edit.content.length - edit.length
    cursor = edit.offset + edit.length
  }
  out += text.slice(cursor)
  return { text: out, edits: sorted, inverse }
}

/** Undo an edit result: returns the original text. */
export function revert(result: EditResult): string {
  return applyWithInverse(result.text, result.inverse).text
}
