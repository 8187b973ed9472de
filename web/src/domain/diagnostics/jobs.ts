/**
 * Per-job checks of the validator (ENGINE.md §0.1 #5–#9) and job-level surprises: ids, commands,
 * duplicates, timeouts.
 */
import { renameJob } from '../document/jobCommands'
import { has, isNumber, numberInString, seg, show, typeName } from './context'
import type { Context, JobEntry } from './context'
import { replaceValueFix } from './fixEdits'
import { lazyFix, setValueFix } from './fixes'

/** `base`, or `base-2`, `base-3`… whichever no job uses. */
export function unusedId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** Words as typed in a shell: quoted only when they need it. */
function shellJoin(words: readonly string[]): string {
  const safe = /^[A-Za-z0-9_@%+=:,./-]+$/
  return words.map((w) => (safe.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ')
}

export function checkJobs(ctx: Context): void {
  const firstIndexOf = new Map<string, number>()
  const taken = new Set(ctx.jobs.flatMap((j) => (j.id === undefined ? [] : [j.id])))
  for (const job of ctx.jobs) {
    if (!job.obj) {
      ctx.add(
        'job-not-object',
        job.pointer,
        `The job at index ${job.index} is ${typeName(job.raw)}; every job must be an object.`,
      )
      continue
    }
    checkId(ctx, job, firstIndexOf, taken)
    checkCommand(ctx, job)
    checkTimeout(ctx, job)
  }
}

function checkId(
  ctx: Context,
  job: JobEntry,
  firstIndexOf: Map<string, number>,
  taken: ReadonlySet<string>,
): void {
  const obj = job.obj!
  if (!has(obj, 'id')) {
    const id = unusedId(`job-${job.index + 1}`, taken)
    const fix = setValueFix(ctx.doc.text, ['jobs', job.index, 'id'], id, `Add "id": "${id}"`, true)
    ctx.add(
      'job-id-missing',
      job.pointer,
      `The job at index ${job.index} has no "id"; the engine refuses it.`,
      fix,
    )
    return
  }
  if (typeof obj.id !== 'string') {
    const asText = isNumber(obj.id) ? String(obj.id) : undefined
    const fix =
      asText !== undefined && !taken.has(asText)
        ? replaceValueFix(ctx.doc, job.pointer + '/id', asText, `Write the id as a string: "${asText}"`)
        : undefined
    ctx.add(
      'job-id-type',
      job.pointer + '/id',
      `The job at index ${job.index} has an "id" that is ${typeName(obj.id)}; it must be a string.`,
      fix,
    )
    return
  }
  const id = obj.id
  const first = firstIndexOf.get(id)
  if (first === undefined) firstIndexOf.set(id, job.index)
  else {
    const other = unusedId(`${id}-2`, taken)
    ctx.add(
      'job-id-duplicate',
      job.pointer + '/id',
      `Job id '${id}' is used twice (also by the job at index ${first}); the engine refuses duplicate ids.`,
      replaceValueFix(ctx.doc, job.pointer + '/id', other, `Rename this job to '${other}'`),
    )
  }
  if (id.includes('/')) {
    const to = id.replaceAll('/', '_')
    const text = ctx.doc.text
    // Renamed everywhere (its dependents follow); only when the id is unique and the new one free.
    const unique = ctx.jobs.filter((j) => j.id === id).length === 1
    const fix =
      unique && !taken.has(to)
        ? lazyFix(`Rename to '${to}' (and the dependencies on it)`, () => renameJob(text, id, to).edits)
        : undefined
    ctx.add(
      'job-id-slash',
      job.pointer + '/id',
      `Job id '${id}' contains "/": the engine crashes when it starts this job (dry-run does not notice).`,
      fix,
    )
  }
}

function checkCommand(ctx: Context, job: JobEntry): void {
  const obj = job.obj!
  if (!has(obj, 'command')) {
    ctx.add('job-command-missing', job.pointer, `Job ${job.label} has no "command"; the engine refuses it.`)
  } else if (typeof obj.command !== 'string') {
    const hint = Array.isArray(obj.command)
      ? ' Write the command as one string, as you would type it in a shell.'
      : ''
    ctx.add(
      'job-command-type',
      job.pointer + '/command',
      `Job ${job.label} has a "command" that is ${typeName(obj.command)}; it must be a string.${hint}`,
      commandFix(ctx, job, obj.command),
    )
  } else if (obj.command.trim() === '') {
    ctx.add(
      'command-empty',
      job.pointer + '/command',
      `Job ${job.label} has an empty command: it counts as a success at once and its checks are skipped.`,
    )
  }
}

function commandFix(ctx: Context, job: JobEntry, command: unknown) {
  const at = job.pointer + '/command'
  if (isNumber(command)) return replaceValueFix(ctx.doc, at, String(command), 'Write it as a string')
  if (!Array.isArray(command) || !command.every((w) => typeof w === 'string')) return undefined
  const line = shellJoin(command as string[])
  return replaceValueFix(ctx.doc, at, line, `Write it as one command: ${show(line)}`)
}

/** ENGINE.md §0.1 #9: the validator replaces an invalid timeout by 600, not by `default_timeout`. */
function checkTimeout(ctx: Context, job: JobEntry): void {
  const obj = job.obj!
  if (!has(obj, 'timeout')) return
  const value = obj.timeout
  const path = job.pointer + seg('timeout')
  const set = (n: number, title: string) => replaceValueFix(ctx.doc, path, n, title)
  if (value === true) {
    ctx.add(
      'timeout-true',
      path,
      `Job ${job.label} has "timeout": true, which the engine reads as 1 second. Use a number of seconds.`,
      set(1, 'Set "timeout" to 1 (what the engine uses now)'),
    )
  } else if (!isNumber(value) || value <= 0) {
    const inString = numberInString(value)
    const fix =
      inString !== undefined && inString >= 1
        ? set(inString, `Write ${inString} as a number`)
        : set(600, 'Set "timeout" to 600 (what the engine uses now)')
    ctx.add(
      'timeout-invalid',
      path,
      `Job ${job.label} has "timeout" ${show(value)} (${typeName(value)}${isNumber(value) ? ' not above 0' : ''}): the engine warns and uses 600 seconds, not "default_timeout". Use a positive number of seconds.`,
      fix,
    )
  } else if (value < 1) {
    ctx.add(
      'timeout-invalid',
      path,
      `Job ${job.label} has "timeout" ${value}: the engine truncates it to 0 seconds, so the job times out at once.`,
      set(1, 'Set "timeout" to 1 second'),
    )
  }
}
