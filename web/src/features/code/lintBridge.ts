/** The store's diagnostics as editor squiggles (ranges, severities, one action per quick fix). */
import type { Diagnostic } from '@/domain/diagnostics/types'
import type { ParsedDocument } from '@/domain/document/types'
import type { QuickFix } from '@/domain/diagnostics/types'
import { diagnosticRange, syntaxRange } from './diagnosticRange'

/** Structurally the same as @codemirror/lint's Diagnostic, so this module needs no CodeMirror import. */
export interface SquiggleSpec {
  from: number
  to: number
  severity: 'error' | 'warning' | 'info'
  message: string
  source: string
  actions?: { name: string; apply: () => void }[]
}

export function squigglesFor(
  parsed: ParsedDocument,
  diagnostics: readonly Diagnostic[],
  applyFix: (diagnostic: Diagnostic, fix: QuickFix) => void,
): SquiggleSpec[] {
  let syntaxIndex = 0
  return diagnostics.map((d) => {
    const syntax = d.code === 'json-syntax' ? parsed.syntaxErrors[syntaxIndex++] : undefined
    const range = syntax ? syntaxRange(syntax, parsed.text.length) : diagnosticRange(parsed, d.path)
    const fixes = d.fixes ?? []
    return {
      ...range,
      severity: d.severity,
      message: d.message,
      source: d.code,
      ...(fixes.length > 0
        ? { actions: fixes.map((fix) => ({ name: fix.title, apply: () => applyFix(d, fix) })) }
        : {}),
    }
  })
}
