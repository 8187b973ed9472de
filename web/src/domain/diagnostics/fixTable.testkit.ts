/**
 * What the fixtures of fixTable.test.ts are made of (fixCases / noFixCases): for each code, a config
 * that produces it and what each of its quick fixes must change (exact snippets: the rest of the
 * text stays byte for byte), or the reason it has no fix; and how a fix is applied and judged.
 */
import type { Code } from './codes'
import type { Diagnostic, QuickFix } from './types'

export interface FixCase {
  code: Code
  text: string
  /** Where the diagnostic is. */
  path: string
  /** The fixes offered, in order, with the snippets each replaces (`[from, to]`, each found once). */
  fixes: { title: string; changes: [string, string][] }[]
}

export interface NoFixCase {
  code: Code
  text: string
  path: string
  why: string
}

export const BASE = { application_name: 'demo', working_dir: '/srv/demo' }
export const pretty = (value: unknown) => JSON.stringify(value, null, 2) + '\n'
/** A config of BASE, top-level extras and jobs, pretty-printed with two spaces. */
export const config = (jobs: unknown[], extra: Record<string, unknown> = {}) =>
  pretty({ ...BASE, ...extra, jobs })
export const job = (id: string, more: Record<string, unknown> = {}) => ({ id, command: 'true', ...more })
export const one = (title: string, from: string, to: string) => ({
  title,
  changes: [[from, to]] as [string, string][],
})

/** The text with the fix's edits applied (they are against the text it was diagnosed on). */
export function applyFix(text: string, fix: QuickFix): string {
  return [...fix.edits]
    .sort((a, b) => b.offset - a.offset)
    .reduce((t, e) => t.slice(0, e.offset) + e.content + t.slice(e.offset + e.length), text)
}

/** Errors after that were not there before (compared by code and message: a fix may shift indices). */
export function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): string[] {
  const key = (d: Diagnostic) => `${d.code}: ${d.message}`
  const had = new Map<string, number>()
  for (const d of before) if (d.severity === 'error') had.set(key(d), (had.get(key(d)) ?? 0) + 1)
  const added: string[] = []
  for (const d of after) {
    if (d.severity !== 'error') continue
    const left = had.get(key(d)) ?? 0
    if (left > 0) had.set(key(d), left - 1)
    else added.push(key(d))
  }
  return added
}
