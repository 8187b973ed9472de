/**
 * CodeMirror parses the text past the viewport in the background, in slices of up to 100 ms where
 * the browser can tell whether input is waiting (Chromium). Right after a file opens that is one
 * task of ~100 ms for a 100 KB file on a slow machine: a click or a frame in it waits. The same
 * parse, as far ahead as CodeMirror itself goes, in slices of SLICE_MS, each a task of its own,
 * leaves the page free in between; the tree is published once, when it is complete.
 */
import { ensureSyntaxTree, forceParsing } from '@codemirror/language'
import type { EditorView } from '@codemirror/view'

/** Well under the 50 ms of a "long task", even with a busy machine's jitter. */
const SLICE_MS = 20
/** How far beyond the viewport CodeMirror parses in the background (its Work.MaxParseAhead). */
const PARSE_AHEAD = 100_000

/** Starts the slices; returns a stop (for an editor destroyed meanwhile). */
export function parseInSlices(view: EditorView): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const step = () => {
    const upto = Math.min(view.state.doc.length, view.viewport.to + PARSE_AHEAD)
    // The parse's progress lives in the state's parse context, so each slice goes on from the last.
    if (ensureSyntaxTree(view.state, upto, SLICE_MS)) forceParsing(view, upto, 0)
    else timer = setTimeout(step, 0)
  }
  timer = setTimeout(step, 0)
  return () => clearTimeout(timer)
}
