/**
 * `executioner-studio lint FILE... [--json]`: the web app's diagnostics for files on disk, readable
 * (`file:line:col severity code message`, grouped per file, then a summary) or as JSON.
 * A file has failed when it cannot be read, is not JSON, or has an error-level diagnostic.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { lineColumn, lineStarts, parseDocument } from '../src/domain/document/parse'
import { diagnose } from '../src/domain/diagnostics/index'
import type { Severity } from '../src/domain/diagnostics/types'
import { paint, type CommandResult } from './output'

export interface LintedDiagnostic {
  code: string
  severity: Severity
  path: string
  message: string
  line: number
  column: number
  fix?: string
}

export interface LintedFile {
  file: string
  /** Set when the file could not be read. */
  readError?: string
  diagnostics: LintedDiagnostic[]
  failed: boolean
}

export function lintFile(file: string): LintedFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return { file, readError: (e as Error).message, diagnostics: [], failed: true }
  }
  const doc = parseDocument(text)
  const starts = lineStarts(text)
  const diagnostics = diagnose(doc, { fileName: basename(file) }).map((d): LintedDiagnostic => {
    // Syntax errors carry their exact position in the message; others point at a JSON value.
    const at = /at line (\d+), column (\d+)/.exec(d.message)
    const position = at
      ? { line: Number(at[1]), column: Number(at[2]) }
      : lineColumn(starts, doc.rangeOf(d.path)?.offset ?? 0)
    return {
      code: d.code,
      severity: d.severity,
      path: d.path,
      message: d.message,
      ...position,
      ...(d.fix ? { fix: d.fix.title } : {}),
    }
  })
  const failed = doc.syntaxErrors.length > 0 || diagnostics.some((d) => d.severity === 'error')
  return { file, diagnostics, failed }
}

export function lintCommand(files: readonly string[], json: boolean, color: boolean): CommandResult {
  const results = files.map(lintFile)
  const count = (severity: Severity) =>
    results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0)
  const summary = {
    files: results.length,
    failedFiles: results.filter((r) => r.failed).length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  }
  const code = summary.failedFiles > 0 ? 1 : 0
  if (json) return { stdout: JSON.stringify({ files: results, summary }, null, 2) + '\n', code }

  const c = paint(color)
  const tone = { error: c.red, warning: c.yellow, info: c.blue }
  const lines: string[] = []
  for (const r of results) {
    if (r.readError) lines.push(`${r.file}: ${c.red('cannot read')}: ${r.readError}`)
    else if (r.diagnostics.length === 0) lines.push(`${r.file}: ${c.green('no problems')}`)
    for (const d of r.diagnostics) {
      const fix = d.fix ? c.dim(` (fix: ${d.fix})`) : ''
      lines.push(
        `${r.file}:${d.line}:${d.column} ${tone[d.severity](d.severity)} ${c.dim(d.code)} ${d.message}${fix}`,
      )
    }
    lines.push('')
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const verdict = code
    ? c.red(`${plural(summary.failedFiles, 'file')} the engine would refuse`)
    : c.green('all accepted')
  lines.push(
    `${plural(summary.files, 'file')} checked: ${plural(summary.errors, 'error')}, ` +
      `${plural(summary.warnings, 'warning')}, ${summary.infos} info; ${verdict}`,
  )
  return { stdout: lines.join('\n') + '\n', code }
}
