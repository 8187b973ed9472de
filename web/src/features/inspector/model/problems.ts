/** Which diagnostics belong to a form, and to which field (by JSON Pointer prefix). */
import type { Diagnostic } from '@/domain/diagnostics/types'

/** True when `path` is `base` itself or inside it (`/jobs/1` contains `/jobs/1/timeout`, not `/jobs/10`). */
export function isWithin(path: string, base: string): boolean {
  return path === base || path.startsWith(base + '/')
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const

export function sortBySeverity(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
}

/** The problems of one job (`/jobs/<index>` and below), most severe first. */
export function jobProblems(diagnostics: readonly Diagnostic[], index: number): Diagnostic[] {
  return sortBySeverity(diagnostics.filter((d) => isWithin(d.path, `/jobs/${index}`)))
}

/** Top-level problems: everything outside `/jobs` (the document root `''` included). */
export function appProblems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return sortBySeverity(diagnostics.filter((d) => !isWithin(d.path, '/jobs') && d.code !== 'json-syntax'))
}

/** The problems shown at one field. */
export function fieldProblems(diagnostics: readonly Diagnostic[], pointer: string): Diagnostic[] {
  return sortBySeverity(diagnostics.filter((d) => isWithin(d.path, pointer)))
}
