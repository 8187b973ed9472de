/** The Run dialog's form values ↔ the server's run options (server/API.md, "Options"). */
import type { RunOptions } from '@/api/types'

export interface RunForm {
  mode: 'config' | 'parallel' | 'sequential'
  workers: string
  skip: string
  env: string
  continueOnError: boolean
  resumeFrom: string
  failedOnly: boolean
}

export const emptyRunForm = (): RunForm => ({
  mode: 'config',
  workers: '',
  skip: '',
  env: '',
  continueOnError: false,
  resumeFrom: '',
  failedOnly: false,
})

/** Options for the server, or the first problem a user must fix (the server re-checks everything). */
export function toRunOptions(form: RunForm): { options: RunOptions } | { problem: string } {
  const options: RunOptions = {}
  if (form.mode !== 'config') options.mode = form.mode
  if (form.mode === 'parallel' && form.workers.trim()) {
    const workers = Number(form.workers)
    if (!Number.isInteger(workers) || workers <= 0)
      return { problem: 'Workers must be a whole number above 0.' }
    options.workers = workers
  }
  const skip = form.skip.split(/[\s,]+/).filter(Boolean)
  if (skip.length) options.skip = skip
  const env: Record<string, string> = {}
  for (const line of form.env
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=')
    const name = eq < 0 ? line : line.slice(0, eq).trim()
    if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      return { problem: `Environment override "${line}" must look like NAME=value.` }
    const value = line.slice(eq + 1)
    if (value.includes(','))
      return { problem: `The value of ${name} contains a comma, which the engine's --env cannot pass.` }
    env[name] = value
  }
  if (Object.keys(env).length) options.env = env
  if (form.continueOnError) options.continue_on_error = true
  if (form.resumeFrom.trim()) {
    const run = Number(form.resumeFrom)
    if (!Number.isInteger(run) || run <= 0)
      return { problem: 'Resume from: give the engine run id (a whole number).' }
    options.resume_from = run
    if (form.failedOnly) options.failed_only = true
  } else if (form.failedOnly) return { problem: '"Failed jobs only" needs a run to resume from.' }
  return { options }
}
