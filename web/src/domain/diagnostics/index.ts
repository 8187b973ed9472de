/**
 * PLACEHOLDER until the diagnostics rules land: reports syntax errors only.
 * Contract: `diagnose(doc, { fileName })` returns every problem at once.
 */
import type { ParsedDocument } from '../document/types'
import type { Diagnostic } from './types'
export type { Diagnostic, QuickFix, Severity } from './types'

export interface DiagnoseOptions {
  /** The file's name, e.g. `release.json`: the engine derives the application name from it. */
  fileName?: string
}

export function diagnose(doc: ParsedDocument, _options: DiagnoseOptions = {}): Diagnostic[] {
  return doc.syntaxErrors.map((e) => ({
    code: 'json-syntax',
    severity: 'error' as const,
    path: '',
    message: `${e.message} at line ${e.line}, column ${e.column}`,
  }))
}
