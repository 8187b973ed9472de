/**
 * The list-valued retry settings (ENGINE.md §2.2): `retry_on_status` and the exit-code lists, whose
 * wrong shapes never match or crash the engine when a job fails.
 */
import { jobField } from '../schema/fields'
import { isNumber, numberInString, show, typeName } from './context'
import type { Context, JobEntry } from './context'
import { replaceValueFix } from './fixEdits'
import { closest } from './similar'

const USEFUL_STATUSES = (jobField('retry_on_status')?.enum ?? []) as string[]

export function checkStatuses(ctx: Context, job: JobEntry, value: unknown): void {
  const path = job.pointer + '/retry_on_status'
  if (value === null) {
    ctx.add(
      'retry-value-crash',
      path,
      `Job ${job.label}: "retry_on_status" is null: the engine crashes at the first failure. Use [] for no status-based retries.`,
      replaceValueFix(ctx.doc, path, [], 'Replace null with []'),
    )
  } else if (typeof value === 'string') {
    const list = value.split(',').map((s) => statusMeant(s.trim()))
    const fix = list.every((s) => s !== undefined)
      ? replaceValueFix(ctx.doc, path, list, `Use a list: ${show(list)}`)
      : undefined
    ctx.add(
      'retry-status-unknown',
      path,
      `Job ${job.label}: "retry_on_status" is a string, so the engine tests substrings (${show(value)} matches every status it contains). Use a list such as ["TIMEOUT"].`,
      fix,
    )
  } else if (Array.isArray(value)) {
    value.forEach((status: unknown, i) => {
      if (typeof status !== 'string' || !USEFUL_STATUSES.includes(status)) {
        const meant = typeof status === 'string' ? statusMeant(status) : undefined
        const fix =
          meant && !value.includes(meant)
            ? replaceValueFix(ctx.doc, `${path}/${i}`, meant, `Replace with "${meant}"`)
            : undefined
        ctx.add(
          'retry-status-unknown',
          `${path}/${i}`,
          `Job ${job.label}: status ${show(status)} never matches. Useful values: ${USEFUL_STATUSES.join(', ')} (case-sensitive).${meant ? ` Did you mean "${meant}"?` : ''}`,
          fix,
        )
      }
    })
  } else {
    ctx.add(
      'retry-value-type',
      path,
      `Job ${job.label}: "retry_on_status" is ${typeName(value)}; it should be a list of statuses.`,
    )
  }
}

/** A status as the engine spells it: `timeout` → `TIMEOUT`, `FIALED` → `FAILED`. */
function statusMeant(status: string): string | undefined {
  const upper = status.toUpperCase()
  return USEFUL_STATUSES.includes(upper) ? upper : closest(status, USEFUL_STATUSES)
}

export function checkExitCodes(ctx: Context, path: string, value: unknown): void {
  if (!Array.isArray(value)) {
    const code = isNumber(value) ? value : numberInString(value)
    const fix =
      code !== undefined && Number.isInteger(code)
        ? replaceValueFix(ctx.doc, path, [code], `Use a list: [${code}]`)
        : undefined
    ctx.add(
      'retry-value-crash',
      path,
      `${show(value)} is ${typeName(value)}, not a list of exit codes: the engine crashes when a job using it fails. Use a list such as [1].`,
      fix,
    )
    return
  }
  value.forEach((code: unknown, i) => {
    if (!isNumber(code) || !Number.isInteger(code)) {
      const inString = numberInString(code)
      const fix =
        inString !== undefined && Number.isInteger(inString)
          ? replaceValueFix(ctx.doc, `${path}/${i}`, inString, `Write ${inString} as a number`)
          : undefined
      ctx.add(
        'retry-value-type',
        `${path}/${i}`,
        `Exit code ${show(code)} never matches: exit codes are whole numbers${typeof code === 'string' ? ' (write 1, not "1")' : ''}.`,
        fix,
      )
    }
  })
}
