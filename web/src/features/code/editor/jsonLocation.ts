/**
 * Where a position is in the JSON text, as jsonc-parser's `getLocation` says (the completion reads
 * its path, whether a key is being typed and the token under the cursor). `getLocation` scans the
 * text from its start: in a 1000-job file (~500 KB) that is 10-30 ms per typed character, plus the
 * whole text joined into one string first. Inside a job, the editor's own syntax tree (parsed
 * incrementally as the user types) says which job it is, and `getLocation` reads only that job's
 * text; anywhere else, or where the tree does not reach yet, the whole text is read as before.
 */
import { syntaxTree } from '@codemirror/language'
import type { EditorState } from '@codemirror/state'
import { getLocation, type Location } from 'jsonc-parser'

type SyntaxNode = ReturnType<ReturnType<typeof syntaxTree>['resolveInner']>

/** What `getLocation` reads past the position: the rest of the token under the cursor and a little more. */
const READ_AHEAD = 4096

/** The job object (in the top-level "jobs" array) that contains `pos`, with its index; null elsewhere. */
function jobAround(state: EditorState, pos: number): { node: SyntaxNode; index: number } | null {
  const tree = syntaxTree(state)
  // The tree may cover only the start of a large file for a moment after it opens.
  if (tree.length < Math.min(state.doc.length, pos + 1)) return null
  for (let node: SyntaxNode | null = tree.resolveInner(pos, -1); node; node = node.parent) {
    const array = node.parent
    const property = array?.parent
    if (node.name !== 'Object' || array?.name !== 'Array' || property?.name !== 'Property') continue
    if (property.parent?.name !== 'Object' || property.parent.parent?.name !== 'JsonText') return null
    const key = property.getChild('PropertyName')
    if (!key || state.sliceDoc(key.from, key.to) !== '"jobs"') return null
    // As getLocation counts array items: by the separators before the item.
    let index = 0
    for (let child = array.firstChild; child && child.from < node.from; child = child.nextSibling)
      if (child.name === ',') index++
    return { node, index }
  }
  return null
}

/** What the completion reads of getLocation's answer. */
export type JsonLocation = Pick<Location, 'path' | 'previousNode' | 'isAtPropertyKey'>

export function locationAt(state: EditorState, pos: number): JsonLocation {
  const job = jobAround(state, pos)
  // Strictly inside the job's braces: at its `{`, or after its `}`, the location is the array's.
  if (!job || pos <= job.node.from || pos >= job.node.to) return getLocation(state.doc.toString(), pos)
  const from = job.node.from
  const to = Math.min(state.doc.length, Math.max(job.node.to, pos + READ_AHEAD))
  const inner = getLocation(state.sliceDoc(from, to), pos - from)
  const path = ['jobs', job.index, ...inner.path]
  const previousNode = inner.previousNode && {
    ...inner.previousNode,
    offset: inner.previousNode.offset + from,
  }
  return { path, previousNode, isAtPropertyKey: inner.isAtPropertyKey }
}
