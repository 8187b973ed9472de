/**
 * Python's json module accepts `NaN`, `Infinity` and `-Infinity` (ENGINE.md §0 step 3); strict JSON
 * parsers do not. To avoid refusing what the engine accepts, such a document is diagnosed through
 * a copy where each token is replaced by a number literal of the same length (so every offset,
 * pointer and fix stays valid), and each token gets a warning.
 */
import { createScanner } from 'jsonc-parser'
import { parseDocument } from '../document/parse'
import type { ParsedDocument } from '../document/types'
import { diag } from './codes'
import type { Diagnostic } from './types'

/** jsonc-parser's `SyntaxKind` is an ambient const enum, which `verbatimModuleSyntax` cannot read. */
const UNKNOWN = 16
const EOF = 17

const STAND_INS: Record<string, string> = { NaN: '0e0', Infinity: '1e999999', '-Infinity': '-1e999999' }

export interface Token {
  offset: number
  text: string
}

function nonFiniteTokens(text: string): Token[] {
  const tokens: Token[] = []
  const scanner = createScanner(text, true)
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind !== UNKNOWN) continue
    const offset = scanner.getTokenOffset()
    for (const literal of Object.keys(STAND_INS)) {
      if (text.startsWith(literal, offset) && !tokens.some((t) => t.offset + t.text.length > offset)) {
        tokens.push({ offset, text: literal })
        break
      }
    }
  }
  return tokens
}

/** The document to diagnose and the warnings about non-standard numbers (none if not applicable). */
export function withNonFiniteNumbers(doc: ParsedDocument): {
  doc: ParsedDocument
  notes: Diagnostic[]
  tokens: Token[]
} {
  if (doc.syntaxErrors.length === 0 || !/NaN|Infinity/.test(doc.text)) return { doc, notes: [], tokens: [] }
  const tokens = nonFiniteTokens(doc.text)
  if (tokens.length === 0) return { doc, notes: [], tokens: [] }
  let text = doc.text
  for (const t of tokens)
    text = text.slice(0, t.offset) + STAND_INS[t.text]! + text.slice(t.offset + t.text.length)
  const standIn = parseDocument(text)
  if (standIn.syntaxErrors.length > 0) return { doc, notes: [], tokens: [] }
  const notes = tokens.map((t) =>
    diag(
      'json-non-finite',
      standIn.pointerAt(t.offset),
      `${t.text} is not standard JSON: the engine (Python) accepts it as a float, but most other tools refuse the file. Use a number.`,
    ),
  )
  // Fixes are computed on the stand-in text: same offsets, and it parses cleanly.
  return { doc: standIn, notes, tokens }
}

/**
 * A fix that writes a value where a NaN/Infinity is would write the stand-in's number (a value
 * moved or converted): such fixes are dropped. Removals and fixes elsewhere stay.
 */
export function dropFixesOverStandIns(diagnostics: Diagnostic[], doc: ParsedDocument, tokens: Token[]) {
  if (tokens.length === 0) return
  for (const d of diagnostics) {
    const range = d.fixes && doc.rangeOf(d.path)
    if (!range || !tokens.some((t) => t.offset >= range.offset && t.offset < range.offset + range.length))
      continue
    const kept = d.fixes!.filter((f) => f.edits.every((e) => !/\d/.test(e.content)))
    if (kept.length > 0) {
      d.fixes = kept
      d.fix = kept[0]
    } else {
      delete d.fixes
      delete d.fix
    }
  }
}
