/**
 * Quick fixes as minimal text edits against the diagnosed text, in the file's own formatting
 * (indentation, line endings; minified files stay on one line), made with jsonc-parser's `modify`,
 * except array-element removal, which is computed from the syntax tree.
 */
import { findNodeAtLocation, modify } from 'jsonc-parser'
import type { FormattingOptions } from 'jsonc-parser'
import { removeChildrenEdits } from '../document/nodeEdits'
import type { JsonPath, ParsedDocument, TextEdit } from '../document/types'
import type { QuickFix } from './types'

/** The file's indentation and line endings; undefined for a one-line (minified) file. */
export function formattingOf(text: string): FormattingOptions | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  if (!text.trimEnd().includes('\n')) return undefined
  const indent = /\n([ \t]+)\S/.exec(text)?.[1]
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol }
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol }
}

/**
 * A fix whose edits are computed on first access: `modify` re-parses the whole text, and a big
 * config can carry hundreds of fixable diagnostics of which the user applies one.
 */
export function lazyFix(title: string, compute: () => TextEdit[]): QuickFix {
  let edits: TextEdit[] | undefined
  return {
    title,
    get edits() {
      return (edits ??= compute())
    },
  }
}

/** Sets a value; `first` inserts a new property at the top of its object. */
export function setValueFix(
  text: string,
  path: JsonPath,
  value: unknown,
  title: string,
  first = false,
): QuickFix {
  return lazyFix(title, () =>
    modify(text, path, value, {
      formattingOptions: formattingOf(text),
      getInsertionIndex: first ? () => 0 : undefined,
    }),
  )
}

/**
 * Removes one array element with its separating comma, computed from the syntax tree: exact in any
 * formatting (jsonc-parser 3.3.1's `modify` assumes whitespace before `]` when it removes the last
 * element, and leaves a stray character in `["a","b"]`); the only element leaves `[]`.
 */
export function removeArrayItemFix(doc: ParsedDocument, path: JsonPath, title: string): QuickFix | undefined {
  const index = path[path.length - 1]
  const array = doc.tree ? findNodeAtLocation(doc.tree, path.slice(0, -1)) : undefined
  if (array?.type !== 'array' || typeof index !== 'number' || !array.children?.[index]) return undefined
  return { title, edits: removeChildrenEdits(array, [index]) }
}

/** Renames the property key at a pointer in place (its value and position stay as they are). */
export function renameKeyFix(
  doc: ParsedDocument,
  pointer: string,
  newKey: string,
  title: string,
): QuickFix | undefined {
  const range = doc.keyRangeOf(pointer)
  return range ? { title, edits: [{ ...range, content: JSON.stringify(newKey) }] } : undefined
}
