/**
 * One executioner job as the arguments of one Airflow BashOperator: command, environment after the
 * engine's interpolation (secrets replaced by Variables), timeout, retries, and comments for what
 * Airflow does differently.
 */
import type { JobModel } from '../document/types'
import type { EnvEntry } from '../env/resolve'
import type { EffectiveSettings } from '../plan/settings'
import { retryMapping, type RetryMapping } from './airflowRetries'
import { jinjaTemplate } from './pythonText'
import { withoutSecrets, type Secrets, type TextPart } from './secrets'

export interface AirflowTask {
  jobId: string
  taskId: string
  /** Jinja template of the command (Jinja-looking text kept literal, secrets as Variables). */
  command: string
  env: { name: string; template: string }[]
  timeoutSeconds: number
  retry: RetryMapping
  /** Comment lines: description, checks, and whatever Airflow does differently. */
  notes: string[]
  /** Airflow Variables this task reads. */
  variables: string[]
}

/** Jobs whose command ends like this are taken by BashOperator for a template file name. */
const TEMPLATE_FILE = /\.(sh|bash)$/

function checkNotes(raw: Record<string, unknown>): string[] {
  const notes: string[] = []
  for (const key of ['pre_checks', 'post_checks'] as const) {
    const checks = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []
    for (const check of checks) {
      const c = (check ?? {}) as { name?: unknown; params?: unknown }
      notes.push(
        `${key.replace('_checks', '-check')} ${String(c.name)}(${JSON.stringify(c.params ?? {})}) is not run: ` +
          'add it to the command (e.g. `test -f PATH &&` before it, `! grep -q ORA- LOG` after it) or as a task of its own',
      )
    }
  }
  return notes
}

export function airflowTask(
  job: JobModel & { id: string },
  taskId: string,
  settings: EffectiveSettings,
  env: readonly EnvEntry[],
  secrets: Secrets,
): AirflowTask {
  const raw = (job.raw ?? {}) as Record<string, unknown>
  const notes: string[] = []
  const variables = new Set<string>()
  const template = (parts: TextPart[]) => {
    for (const p of parts) if ('variable' in p) variables.add(p.variable)
    return jinjaTemplate(parts)
  }
  if (job.id !== taskId) notes.push(`job id ${JSON.stringify(job.id)}`)
  if (typeof raw.description === 'string' && raw.description) notes.push(raw.description.split('\n')[0]!)

  let command = typeof raw.command === 'string' ? raw.command : ''
  if (command.trim() === '') {
    notes.push('empty command: the engine counts it as a success at once')
    command = 'true'
  }
  // A trailing space stops BashOperator from loading `x.sh` as a Jinja template file.
  if (TEMPLATE_FILE.test(command)) command += ' '

  const timeout = typeof settings.timeout.value === 'number' ? Math.trunc(settings.timeout.value) : 0
  if (timeout <= 0)
    notes.push(`timeout ${timeout}: the engine times every attempt out at once; Airflow needs at least 1 s`)

  const retry = retryMapping(settings)
  notes.push(...checkNotes(raw))
  return {
    jobId: job.id,
    taskId,
    command: template(withoutSecrets(command, secrets)),
    env: env.map((v) => {
      const secret = secrets.byEnvName.get(v.name)
      const parts = secret ? [{ variable: secret.variable }] : withoutSecrets(v.value, secrets)
      return { name: v.name, template: template(parts) }
    }),
    timeoutSeconds: Math.max(1, timeout),
    retry,
    notes: [...notes, ...retry.notes],
    variables: [...variables],
  }
}
