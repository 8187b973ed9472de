/** Test helpers: diagnose a config given as a value or as text, and find one diagnostic. */
import { expect } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import type { Diagnostic, Severity } from './types'

export const BASE = { application_name: 'demo', working_dir: '/srv/demo' }

export function lint(config: unknown, fileName = 'demo.json'): Diagnostic[] {
  const text = typeof config === 'string' ? config : JSON.stringify(config, null, 2)
  return diagnose(parseDocument(text), { fileName })
}

/** A config made of BASE, extra top-level keys and the given jobs. */
export function withJobs(jobs: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...BASE, ...extra, jobs }
}

/** Asserts that exactly one diagnostic has this code and path, with this severity and message. */
export function expectDiag(
  diagnostics: Diagnostic[],
  code: string,
  severity: Severity,
  path: string,
  message: RegExp,
): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code && d.path === path)
  expect(found, `${code} at "${path}" in ${JSON.stringify(diagnostics, null, 1)}`).toHaveLength(1)
  const d = found[0]!
  expect(d.severity).toBe(severity)
  expect(d.message).toMatch(message)
  return d
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code)
}

export function errorCodes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)
}
