/**
 * Where a diagnostic goes in the text. Diagnostics point at JSON values; a squiggle under a whole
 * job or a 40-line object is noise, so big values are marked at their key (or, for array items such
 * as jobs, at their `id`), and a missing value is marked at the nearest existing parent.
 */
import type { ParsedDocument, SyntaxIssue, TextRange } from '@/domain/document/types'

export interface OffsetRange {
  from: number
  to: number
}

/** Values longer than this, or spanning lines, are marked at their key instead. */
const MAX_INLINE_VALUE = 120

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'))
}

function isCompact(text: string, range: TextRange): boolean {
  if (range.length > MAX_INLINE_VALUE) return false
  return !text.slice(range.offset, range.offset + range.length).includes('\n')
}

function toOffsets(range: TextRange): OffsetRange {
  return { from: range.offset, to: range.offset + range.length }
}

/** A short anchor for a big or missing-child value: its key, its `id`, or its opening bracket. */
function anchorOf(doc: ParsedDocument, pointer: string, value: TextRange): OffsetRange {
  const key = doc.keyRangeOf(pointer)
  if (key) return toOffsets(key)
  const id = doc.rangeOf(`${pointer}/id`)
  if (id && isCompact(doc.text, id)) return toOffsets(id)
  return { from: value.offset, to: value.offset + Math.min(1, value.length) }
}

export function diagnosticRange(doc: ParsedDocument, pointer: string): OffsetRange {
  const value = doc.rangeOf(pointer)
  if (value) return isCompact(doc.text, value) ? toOffsets(value) : anchorOf(doc, pointer, value)
  // The value does not exist (e.g. a required key is missing): mark its closest existing parent.
  let parent = pointer
  while (parent !== '') {
    parent = parentPointer(parent)
    const range = doc.rangeOf(parent)
    if (range) return anchorOf(doc, parent, range)
  }
  return { from: 0, to: Math.min(1, doc.text.length) }
}

/** A syntax error's range, widened to one character so that it is visible. */
export function syntaxRange(issue: SyntaxIssue, textLength: number): OffsetRange {
  const from = Math.min(issue.offset, textLength)
  const to = Math.min(Math.max(issue.offset + issue.length, from + 1), textLength)
  return { from, to }
}
