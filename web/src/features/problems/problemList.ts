/**
 * The problems list as people read it: each diagnostic with the job it is in, the field, and the
 * line; sorted by severity then position; grouped by severity or by job.
 */
import type { Diagnostic, Severity } from '@/domain/diagnostics/types'
import { lineColumn, lineStarts } from '@/domain/document/parse'
import type { ParsedDocument } from '@/domain/document/types'
import { diagnosticRange } from '@/features/code/diagnosticRange'
import { fieldInJob, jobIdAt, jobIndexOf } from '@/features/code/jobPointer'

export interface ProblemItem {
  key: string
  diagnostic: Diagnostic
  /** The job the problem is in, when it is in one that has an id. */
  jobId?: string
  /** The path below the job (or below the top level), e.g. `dependencies/0`. */
  field: string
  /** Where the editor should go: the offset of the problem in the text. */
  offset: number
  line: number
  column: number
}

export interface ProblemGroup {
  key: string
  label: string
  items: ProblemItem[]
}

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info']
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' }

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}

/** Syntax errors carry an exact offset in the parse; other problems are located by their pointer. */
export function problemItems(parsed: ParsedDocument, diagnostics: readonly Diagnostic[]): ProblemItem[] {
  const starts = lineStarts(parsed.text)
  let syntaxIndex = 0
  const items = diagnostics.map((diagnostic, i): ProblemItem => {
    const syntax = diagnostic.code === 'json-syntax' ? parsed.syntaxErrors[syntaxIndex++] : undefined
    const offset = syntax ? syntax.offset : diagnosticRange(parsed, diagnostic.path).from
    const inJob = jobIndexOf(diagnostic.path) !== null
    return {
      key: `${i}:${diagnostic.code}:${diagnostic.path}`,
      diagnostic,
      jobId: jobIdAt(parsed.model, diagnostic.path),
      field: inJob ? fieldInJob(diagnostic.path) : diagnostic.path.slice(1),
      offset,
      ...lineColumn(starts, offset),
    }
  })
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s)
  return items.sort(
    (a, b) => rank(a.diagnostic.severity) - rank(b.diagnostic.severity) || a.offset - b.offset,
  )
}

export function groupProblems(items: readonly ProblemItem[], by: 'severity' | 'job'): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>()
  const add = (key: string, label: string, item: ProblemItem) => {
    const group = groups.get(key) ?? { key, label, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  if (by === 'severity') {
    for (const severity of SEVERITY_ORDER) {
      for (const item of items)
        if (item.diagnostic.severity === severity) add(severity, SEVERITY_LABEL[severity], item)
    }
    return [...groups.values()]
  }
  // By job: application-level problems first, then jobs in the order of their first problem's line.
  const byLine = [...items].sort((a, b) => a.offset - b.offset)
  for (const item of byLine) {
    if (item.jobId === undefined && jobIndexOf(item.diagnostic.path) === null) add('app', 'Application', item)
  }
  for (const item of byLine) {
    const index = jobIndexOf(item.diagnostic.path)
    if (index === null) continue
    add(`job:${index}`, item.jobId ?? `Job #${index + 1} (no id)`, item)
  }
  return [...groups.values()]
}
