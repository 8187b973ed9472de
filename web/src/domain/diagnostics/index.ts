/**
 * Diagnostics: everything the engine would refuse (errors, all at once rather than only the first)
 * and everything it accepts but that will surprise (warnings), with info notes. The rule modules
 * follow ENGINE.md; their codes and severities live in `codes.ts`.
 */
import type { ParsedDocument } from '../document/types'
import { checkChecks } from './checks'
import { CODES } from './codes'
import { createContext } from './context'
import { checkEnv } from './env'
import { checkGraph } from './graph'
import { checkJobs } from './jobs'
import { dropFixesOverStandIns, withNonFiniteNumbers } from './nonFinite'
import { checkKeys } from './keys'
import { checkRetries } from './retries'
import { checkStructure, syntaxDiagnostics } from './structure'
import { checkSurprises } from './surprises'
import type { Diagnostic, Severity } from './types'
export type { Diagnostic, QuickFix, Severity } from './types'
export { CODES } from './codes'
export type { Code } from './codes'

export interface DiagnoseOptions {
  /** The file's name, e.g. `release.json`: the engine derives the application name from it. */
  fileName?: string
  /**
   * Job ids renamed in the text since they were last valid (old → new, see trackRenames): a
   * dependency still naming the old id is offered "rename the reference".
   */
  renamedIds?: ReadonlyMap<string, string>
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

export function diagnose(parsed: ParsedDocument, options: DiagnoseOptions = {}): Diagnostic[] {
  const { doc, notes, tokens } = withNonFiniteNumbers(parsed)
  // Python's json module stops at the first syntax error; nothing else is checked then, and a
  // half-typed file would only produce noise about keys that are still being written.
  const syntax = syntaxDiagnostics(doc)
  if (syntax.length > 0) return syntax
  const out: Diagnostic[] = [...notes]
  const ctx = createContext(doc, options.fileName, out, options.renamedIds)
  checkStructure(ctx)
  if (ctx.app) {
    checkJobs(ctx)
    checkGraph(ctx)
    checkEnv(ctx)
    checkChecks(ctx)
    checkRetries(ctx)
    checkSurprises(ctx)
    checkKeys(ctx)
  }
  dropFixesOverStandIns(out, doc, tokens)
  // Stable: errors first, each severity in rule order.
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity])
}

/** True when the engine would refuse the document. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Severity of a code from the table (for UIs that filter by code). */
export function severityOf(code: string): Severity | undefined {
  return (CODES as Record<string, { severity: Severity }>)[code]?.severity
}
