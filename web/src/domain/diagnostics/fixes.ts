/**
 * Quick fixes as minimal text edits against the diagnosed text, made with jsonc-parser's `modify`
 * in the file's own formatting (indentation, line endings; minified files stay on one line).
 */
import { modify } from 'jsonc-parser'
import type { FormattingOptions } from 'jsonc-parser'
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
function lazyFix(title: string, compute: () => TextEdit[]): QuickFix {
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

export function removeValueFix(text: string, path: JsonPath, title: string): QuickFix {
  return lazyFix(title, () => modify(text, path, undefined, { formattingOptions: formattingOf(text) }))
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
