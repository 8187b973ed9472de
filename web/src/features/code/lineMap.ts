/**
 * The JSON pane shows lines; the document keeps the file's bytes. CodeMirror splits its text at
 * `\r\n`, `\r` and `\n` alike and counts every line break as ONE character, so in a file with CRLF
 * (or lone CR) breaks its offsets drift from the document's by one per such break, and its text
 * comes back joined with `\n`. This map converts offsets and edits between the two, so a keystroke
 * in a CRLF file is a one-character edit of the document, like anywhere else.
 *
 * The rule for line endings (mixed files included): every line break already in the file keeps its
 * bytes (`\r\n`, `\n` or `\r`, whatever each one is); a line break the user types or pastes takes the
 * file's dominant ending (the one form and canvas edits use too: format.ts's detectEol, CRLF when
 * CRLF breaks outnumber LF ones).
 *
 * A file with no `\r` (nearly all of them) needs no map: `lineMapFor` returns null, and the pane
 * passes offsets through untouched, so typing in a large LF file costs nothing extra.
 */
import { detectEol } from '@/domain/document/format'
import type { TextEdit } from '@/domain/document/types'

export interface LineMap {
  /** The document's line ending for new line breaks. */
  eol: string
  toDoc(editorOffset: number): number
  /** An offset inside a `\r\n` pair maps to the end of its line. */
  toEditor(docOffset: number): number
  /** An edit of the editor's text (line breaks as `\n`) as an edit of the document. */
  editToDoc(edit: TextEdit): TextEdit
}

/** Largest i with values[i] <= x (values ascending, values[0] = 0). */
function floorIndex(values: readonly number[], x: number): number {
  let lo = 0
  let hi = values.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (values[mid]! <= x) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Null when the text has no `\r`: editor and document offsets are then the same. */
export function lineMapFor(text: string): LineMap | null {
  if (!text.includes('\r')) return null
  // Start of each line in the document and in the editor, and each line's length without its break.
  const docStarts = [0]
  const editorStarts = [0]
  const contentLengths: number[] = []
  let lineStart = 0
  let shift = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 10 && c !== 13) continue
    const breakLength = c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1
    contentLengths.push(i - lineStart)
    lineStart = i + breakLength
    shift += breakLength - 1
    docStarts.push(lineStart)
    editorStarts.push(lineStart - shift)
    i += breakLength - 1
  }
  contentLengths.push(text.length - lineStart)
  const eol = detectEol(text)

  const toDoc = (offset: number): number => {
    const line = floorIndex(editorStarts, offset)
    return docStarts[line]! + (offset - editorStarts[line]!)
  }
  return {
    eol,
    toDoc,
    toEditor(offset) {
      const line = floorIndex(docStarts, offset)
      return editorStarts[line]! + Math.min(offset - docStarts[line]!, contentLengths[line]!)
    },
    editToDoc(edit) {
      const from = toDoc(edit.offset)
      return {
        offset: from,
        length: toDoc(edit.offset + edit.length) - from,
        content: eol === '\n' ? edit.content : edit.content.replace(/\n/g, eol),
      }
    },
  }
}

/** The text as the editor holds it: every line break as `\n`. */
export const editorText = (text: string): string =>
  text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
