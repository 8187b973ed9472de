/**
 * When the JSON editor has typing not yet sent to the store (large files are synced after a short
 * pause) and another edit lands in the store meanwhile (a canvas drag, a form change), keep both if
 * they touch different parts of the text. Otherwise the store's version wins.
 */
import { singleEditBetween } from '@/domain/document/diffText'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { TextEdit } from '@/domain/document/types'

export interface Rebased {
  /** Text with both the typing and the external edit. */
  merged: string
  /** The external edit expressed against the editor's current text (null when there is none). */
  editorChange: TextEdit | null
}

/** `base` = last text both sides agreed on; `local` = editor text; `external` = store text. */
export function rebaseTyping(base: string, local: string, external: string): Rebased | null {
  const mine = singleEditBetween(base, local)
  const theirs = singleEditBetween(base, external)
  if (!theirs) return { merged: local, editorChange: null }
  if (!mine) return { merged: external, editorChange: theirs }
  const mineEnd = mine.offset + mine.length
  const theirsEnd = theirs.offset + theirs.length
  if (!(mineEnd < theirs.offset || theirsEnd < mine.offset)) return null
  const merged = applyWithInverse(base, [mine, theirs]).text
  const shift = theirs.offset > mine.offset ? mine.content.length - mine.length : 0
  return { merged, editorChange: { ...theirs, offset: theirs.offset + shift } }
}
