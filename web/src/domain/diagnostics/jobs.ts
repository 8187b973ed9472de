/**
 * Per-job checks of the validator (ENGINE.md §0.1 #5–#9) and job-level surprises: ids, commands,
 * duplicates, timeouts.
 */
import { has, isNumber, seg, show, typeName } from './context'
import type { Context, JobEntry } from './context'

export function checkJobs(ctx: Context): void {
  const firstIndexOf = new Map<string, number>()
  for (const job of ctx.jobs) {
    if (!job.obj) {
      ctx.add(
        'job-not-object',
        job.pointer,
        `The job at index ${job.index} is ${typeName(job.raw)}; every job must be an object.`,
      )
      continue
    }
    checkId(ctx, job, firstIndexOf)
    checkCommand(ctx, job)
    checkTimeout(ctx, job)
  }
}

function checkId(ctx: Context, job: JobEntry, firstIndexOf: Map<string, number>): void {
  const obj = job.obj!
  if (!has(obj, 'id')) {
    ctx.add(
      'job-id-missing',
      job.pointer,
      `The job at index ${job.index} has no "id"; the engine refuses it.`,
    )
    return
  }
  if (typeof obj.id !== 'string') {
    ctx.add(
      'job-id-type',
      job.pointer + '/id',
      `The job at index ${job.index} has an "id" that is ${typeName(obj.id)}; it must be a string.`,
    )
    return
  }
  const id = obj.id
  const first = firstIndexOf.get(id)
  if (first === undefined) firstIndexOf.set(id, job.index)
  else {
    ctx.add(
      'job-id-duplicate',
      job.pointer + '/id',
      `Job id '${id}' is used twice (also by the job at index ${first}); the engine refuses duplicate ids.`,
    )
  }
  if (id.includes('/')) {
    ctx.add(
      'job-id-slash',
      job.pointer + '/id',
      `Job id '${id}' contains "/": the engine crashes when it starts this job (dry-run does not notice).`,
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
    )
  } else if (obj.command.trim() === '') {
    ctx.add(
      'command-empty',
      job.pointer + '/command',
      `Job ${job.label} has an empty command: it counts as a success at once and its checks are skipped.`,
    )
  }
}

/** ENGINE.md §0.1 #9: the validator replaces an invalid timeout by 600, not by `default_timeout`. */
function checkTimeout(ctx: Context, job: JobEntry): void {
  const obj = job.obj!
  if (!has(obj, 'timeout')) return
  const value = obj.timeout
  const path = job.pointer + seg('timeout')
  if (value === true) {
    ctx.add(
      'timeout-true',
      path,
      `Job ${job.label} has "timeout": true, which the engine reads as 1 second. Use a number of seconds.`,
    )
  } else if (!isNumber(value) || value <= 0) {
    ctx.add(
      'timeout-invalid',
      path,
      `Job ${job.label} has "timeout" ${show(value)} (${typeName(value)}${isNumber(value) ? ' not above 0' : ''}): the engine warns and uses 600 seconds, not "default_timeout". Use a positive number of seconds.`,
    )
  } else if (value < 1) {
    ctx.add(
      'timeout-invalid',
      path,
      `Job ${job.label} has "timeout" ${value}: the engine truncates it to 0 seconds, so the job times out at once.`,
    )
  }
}
