/**
 * The config's shape as the engine loads it (ENGINE.md §0): JSON syntax, top level, `working_dir`,
 * `jobs`, and the top-level values whose wrong type crashes the engine at load time.
 */
import type { ParsedDocument } from '../document/types'
import { diag } from './codes'
import { has, isNumber, isObject, numberInString, show, typeName } from './context'
import type { Context } from './context'
import { replaceValueFix, wrapInListFix } from './fixEdits'
import { renameKeyFix, setValueFix } from './fixes'
import type { Diagnostic } from './types'

/** Python's json module refuses what jsonc-parser reports (comments and trailing commas included). */
export function syntaxDiagnostics(doc: ParsedDocument): Diagnostic[] {
  if (doc.text.trim() === '')
    return [diag('json-syntax', '', 'The file is empty: the engine needs a JSON object.')]
  if (doc.text.startsWith('\ufeff')) {
    const message =
      'The file starts with a byte order mark (BOM), which the engine refuses as invalid JSON. Save it as UTF-8 without BOM.'
    const fix = { title: 'Remove the byte order mark', edits: [{ offset: 0, length: 1, content: '' }] }
    return [diag('json-syntax', '', message, fix)]
  }
  return doc.syntaxErrors.map((e) =>
    diag('json-syntax', doc.pointerAt(e.offset), `${e.message} at line ${e.line}, column ${e.column}.`),
  )
}

/** The application name the engine derives from the file name (`prconfig.minimal.json` → `prconfig.minimal`). */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

export function checkStructure(ctx: Context): void {
  const { app } = ctx
  if (!app) {
    const what = typeName(ctx.doc.model.root)
    ctx.add(
      'root-not-object',
      '',
      `The top level is ${what}; the engine needs an object with "working_dir" and "jobs".`,
    )
    return
  }
  checkWorkingDir(ctx)
  if (!has(app, 'jobs')) {
    const fix = setValueFix(ctx.doc.text, ['jobs'], [], 'Add an empty "jobs" list')
    ctx.add('jobs-missing', '', 'The config has no "jobs" list; the engine refuses it.', fix)
  } else if (!Array.isArray(app.jobs)) {
    ctx.add(
      'jobs-not-array',
      '/jobs',
      `"jobs" is ${typeName(app.jobs)}; the engine needs an array of jobs.`,
      jobsListFix(ctx, app.jobs),
    )
  }
  checkApplicationName(ctx)
  if (has(app, 'log_dir') && typeof app.log_dir !== 'string') {
    ctx.add(
      'log-dir-type',
      '/log_dir',
      `"log_dir" is ${typeName(app.log_dir)}; the engine crashes on anything but a path string.`,
    )
  }
  checkMaxWorkers(ctx)
}

function checkWorkingDir(ctx: Context): void {
  const app = ctx.app!
  if (!has(app, 'working_dir')) {
    const fix = setValueFix(
      ctx.doc.text,
      ['working_dir'],
      '/path/to/working_dir',
      'Add "working_dir" (then set the real path)',
      true,
    )
    ctx.add(
      'working-dir-missing',
      '',
      'The config has no "working_dir"; the engine refuses it. Set the absolute path of the directory the jobs run in.',
      fix,
    )
    return
  }
  const dir = app.working_dir
  if (typeof dir !== 'string') {
    ctx.add(
      'working-dir-type',
      '/working_dir',
      `"working_dir" is ${typeName(dir)}; the engine crashes unless it is a path string.`,
    )
  } else if (!dir.startsWith('/') && !dir.startsWith('~')) {
    ctx.add(
      'working-dir-relative',
      '/working_dir',
      `"working_dir" ${show(dir)} is relative: it is resolved against wherever the engine is started from. Use an absolute path.`,
    )
  }
}

function checkApplicationName(ctx: Context): void {
  const app = ctx.app!
  const stem = ctx.fileName ? `"${fileStem(ctx.fileName)}"` : 'the file name'
  const hasAppName = has(app, 'application_name')
  if (hasAppName && String(app.application_name).includes('/')) {
    ctx.add(
      'application-name-slash',
      '/application_name',
      `"application_name" ${show(app.application_name)} contains "/": the engine crashes when it creates the log file.`,
      typeof app.application_name === 'string'
        ? replaceValueFix(
            ctx.doc,
            '/application_name',
            app.application_name.replaceAll('/', '_'),
            `Replace "/" with "_" (${show(app.application_name.replaceAll('/', '_'))})`,
          )
        : undefined,
    )
  }
  if (has(app, 'name')) {
    if (hasAppName) {
      ctx.add('name-shadowed', '/name', 'The engine ignores "name"; it uses "application_name".')
    } else {
      const fix = renameKeyFix(ctx.doc, '/name', 'application_name', 'Rename "name" to "application_name"')
      ctx.add(
        'name-ignored',
        '/name',
        `The engine ignores "name" (${show(app.name)}); runs are recorded as ${stem}, from the file name. Rename the key to "application_name".`,
        fix,
      )
    }
  } else if (!hasAppName) {
    ctx.add(
      'application-name-default',
      '',
      `No "application_name": runs are recorded as ${stem} (from the file name).`,
    )
  }
}

/** A single job written without its list is wrapped in one; `null` becomes an empty list. */
function jobsListFix(ctx: Context, jobs: unknown) {
  if (jobs === null) return replaceValueFix(ctx.doc, '/jobs', [], 'Replace null with an empty list')
  if (isObject(jobs) && (has(jobs, 'id') || has(jobs, 'command')))
    return wrapInListFix(ctx.doc, '/jobs', 'Put this job in a list')
  return undefined
}

function checkMaxWorkers(ctx: Context): void {
  const app = ctx.app!
  if (!has(app, 'max_workers')) return
  const value = app.max_workers
  const set = (n: number, why: string) =>
    replaceValueFix(ctx.doc, '/max_workers', n, `Set "max_workers" to ${n} (${why})`)
  if (typeof value === 'boolean') {
    ctx.add(
      'max-workers-invalid',
      '/max_workers',
      `"max_workers" is ${value} (a boolean): the engine treats it as a number and runs 1 worker. Use a whole number.`,
      set(1, 'what the engine uses now'),
    )
  } else if (!isNumber(value)) {
    const inString = numberInString(value)
    const fix =
      inString !== undefined && Number.isInteger(inString) && inString > 0
        ? replaceValueFix(ctx.doc, '/max_workers', inString, `Write ${inString} as a number`)
        : undefined
    ctx.add(
      'max-workers-type',
      '/max_workers',
      `"max_workers" is ${typeName(value)}; the engine crashes when it compares it. Use a whole number such as 4.`,
      fix,
    )
  } else if (value <= 0) {
    ctx.add(
      'max-workers-invalid',
      '/max_workers',
      `"max_workers" is ${value}: the engine silently uses 1 worker.`,
      set(1, 'what the engine uses now'),
    )
  } else if (!Number.isInteger(value)) {
    ctx.add(
      'max-workers-invalid',
      '/max_workers',
      `"max_workers" is ${value}: not a whole number; the engine uses it as-is in its slot arithmetic.`,
      set(Math.max(1, Math.floor(value)), 'a whole number'),
    )
  }
}
