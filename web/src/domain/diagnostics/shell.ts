/**
 * The shell side of the environment: `inherit_shell_env` (ENGINE.md §0.1 #3, §4.5) and `${NAME}`
 * in commands, which /bin/sh expands from the job's final environment (§4.2).
 */
import { referencesIn } from '../env/interpolate'
import { DEFAULT_INHERITED_NAMES } from '../plan/engineDefaults'
import { has, show, typeName } from './context'
import type { Context, JobEntry } from './context'
import { replaceValueFix } from './fixEdits'

/** What `inherit_shell_env: "default"` passes through (ENGINE.md §4.5). */
const DEFAULT_INHERITED = new Set(DEFAULT_INHERITED_NAMES)

export type Inherits = (name: string) => boolean

/** Validates `inherit_shell_env` and says which shell variables jobs receive. */
export function checkInherit(ctx: Context): Inherits {
  const app = ctx.app!
  if (!has(app, 'inherit_shell_env')) return () => true
  const value = app.inherit_shell_env
  const path = '/inherit_shell_env'
  const allowed = 'It must be true, false, "default" or a list of variable names.'
  if (typeof value === 'boolean') return () => value
  if (value === 'default') return (name) => DEFAULT_INHERITED.has(name)
  if (typeof value === 'string') {
    const meant = inheritMeant(value)
    ctx.add(
      'inherit-shell-env-invalid',
      path,
      `"inherit_shell_env" is ${show(value)}; the only string the engine accepts is "default". ${allowed}`,
      meant !== undefined ? replaceValueFix(ctx.doc, path, meant, `Replace with ${show(meant)}`) : undefined,
    )
  } else if (Array.isArray(value)) {
    const bad = value.findIndex((v) => typeof v !== 'string')
    if (bad < 0) {
      const names = new Set(value as string[])
      return (name) => names.has(name)
    }
    ctx.add(
      'inherit-shell-env-invalid',
      `${path}/${bad}`,
      `"inherit_shell_env" lists ${show(value[bad])}; the list may only contain variable names (strings).`,
    )
  } else {
    ctx.add('inherit-shell-env-invalid', path, `"inherit_shell_env" is ${typeName(value)}. ${allowed}`)
  }
  return () => true
}

/** What a mistyped string stands for: `"Default"` → `"default"`, `"true"` → true. */
function inheritMeant(value: string): string | boolean | undefined {
  const word = value.trim().toLowerCase()
  if (word === 'default') return 'default'
  if (/^(true|yes|on)$/.test(word)) return true
  if (/^(false|no|off)$/.test(word)) return false
  return undefined
}

/** `${NAME}` in a command is expanded by /bin/sh from the job's final environment. */
export function checkCommandVars(
  ctx: Context,
  job: JobEntry,
  command: string,
  defined: (name: string) => boolean,
  inherits: Inherits,
): void {
  const seen = new Set<string>()
  for (const name of referencesIn(command)) {
    if (seen.has(name) || defined(name) || name === 'PWD') continue
    seen.add(name)
    const path = job.pointer + '/command'
    if (inherits(name)) {
      ctx.add(
        'command-var-from-shell',
        path,
        `\${${name}} in job ${job.label}'s command is not set in env_variables: it comes from the engine's shell environment, or expands to nothing.`,
      )
    } else {
      ctx.add(
        'command-var-undefined',
        path,
        `\${${name}} in job ${job.label}'s command is defined nowhere (not in env_variables and not inherited): the shell expands it to an empty string unless it is passed with --env.`,
      )
    }
  }
}
