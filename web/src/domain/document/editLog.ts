/**
 * Composition of successive single edits (each against the text left by the previous one) into
 * non-overlapping edits against the ORIGINAL text, so a multi-step command still yields minimal edits
 * and an exact inverse.
 */
import { applyWithInverse } from './textEdits'
import type { EditResult, TextEdit } from './types'

export class EditLog {
  readonly original: string
  text: string
  private edits: TextEdit[] = []

  constructor(text: string) {
    this.original = text
    this.text = text
  }

  /** Apply `edit` (offsets in the current text). */
  apply(edit: TextEdit): void {
    const start = edit.offset
    const stop = edit.offset + edit.length
    const before: TextEdit[] = []
    const touched: TextEdit[] = []
    const after: TextEdit[] = []
    let acc = 0 // shift of the current text against the original, before the edit being looked at
    let shiftBefore = 0
    let touchedShift = 0
    let curFrom = start
    let curTo = stop
    let origStart: number | undefined
    let origEnd: number | undefined
    for (const e of this.edits) {
      const delta = e.content.length - e.length
      const curStart = e.offset + acc
      const curEnd = curStart + e.content.length
      acc += delta
      if (curEnd < start) {
        before.push(e)
        shiftBefore += delta
      } else if (curStart > stop) after.push(e)
      else {
        // Overlapping or adjacent: merged into one edit with the new one.
        if (touched.length === 0 && curStart < start) [origStart, curFrom] = [e.offset, curStart]
        touched.push(e)
        touchedShift += delta
        if (curEnd > stop) [origEnd, curTo] = [e.offset + e.length, curEnd]
        else origEnd = undefined
      }
    }
    origStart ??= start - shiftBefore
    origEnd ??= stop - shiftBefore - touchedShift
    const newText = this.text.slice(0, start) + edit.content + this.text.slice(stop)
    const delta = edit.content.length - edit.length
    const merged = {
      offset: origStart,
      length: origEnd - origStart,
      content: newText.slice(curFrom, curTo + delta),
    }
    this.edits = [...before, merged, ...after]
    this.text = newText
  }

  /** Apply non-overlapping edits, all with offsets in the current text. */
  applyAll(edits: readonly TextEdit[]): void {
    if (edits.length === 0) return
    if (this.edits.length === 0) {
      // Nothing composed yet: the edits are already against the original text.
      this.edits = [...edits].sort((a, b) => a.offset - b.offset)
      this.text = applyWithInverse(this.text, this.edits).text
      return
    }
    // From the end backwards, so each edit's offsets are still right when it is applied.
    for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) this.apply(edit)
  }

  /** The edits against the original text, trimmed to what really changed. */
  result(): EditResult {
    const edits = this.edits.map((e) => trim(this.original, e)).filter((e): e is TextEdit => e !== null)
    if (edits.length === 0) return { text: this.original, edits: [], inverse: [] }
    const result = applyWithInverse(this.original, edits)
    if (result.text !== this.text) throw new Error('Internal error: composed edits disagree with the text')
    return result
  }
}

function trim(original: string, edit: TextEdit): TextEdit | null {
  const old = original.slice(edit.offset, edit.offset + edit.length)
  const neu = edit.content
  let head = 0
  const max = Math.min(old.length, neu.length)
  while (head < max && old.charCodeAt(head) === neu.charCodeAt(head)) head++
  let tail = 0
  while (tail < max - head && old.charCodeAt(old.length - 1 - tail) === neu.charCodeAt(neu.length - 1 - tail))
    tail++
  if (head === old.length && head === neu.length) return null
  return {
    offset: edit.offset + head,
    length: old.length - head - tail,
    content: neu.slice(head, neu.length - tail),
  }
}
