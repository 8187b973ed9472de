/**
 * Airflow names for executioner ids. Airflow accepts `[A-Za-z0-9_.-]+` of at most 250 characters for
 * dag and task ids; executioner accepts any string (ENGINE.md §2 `id`). Other characters become `_`,
 * long ids keep a hash of the original, and ids that would collide get `_2`, `_3`…, so every job gets
 * its own task and the same config always gives the same names.
 */
import { pyStr } from '../env/pyStr'
import { fileStem } from '../diagnostics/structure'

export const AIRFLOW_ID_MAX = 250
const VALID = /^[A-Za-z0-9_.-]+$/

/** FNV-1a: a short stable fingerprint of the original id, so truncated ids stay distinct. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16).padStart(8, '0')
}

export function airflowId(original: string, fallback = 'job'): string {
  let id = original.replace(/[^A-Za-z0-9_.-]/g, '_')
  if (id === '') id = fallback
  if (id.length > AIRFLOW_ID_MAX) id = `${id.slice(0, AIRFLOW_ID_MAX - 9)}_${fingerprint(original)}`
  return id
}

export const isAirflowId = (id: string) => VALID.test(id) && id.length <= AIRFLOW_ID_MAX

/** A unique task id per job id, in job order. */
export function taskIds(ids: readonly string[]): Map<string, string> {
  const taken = new Set<string>()
  const result = new Map<string, string>()
  // Ids that are already valid keep their name even when an earlier id maps onto it.
  for (const id of ids) if (isAirflowId(id)) taken.add(id)
  for (const id of ids) {
    if (isAirflowId(id)) {
      result.set(id, id)
      continue
    }
    const base = airflowId(id)
    let candidate = base
    for (let n = 2; taken.has(candidate); n++) {
      const suffix = `_${n}`
      candidate = base.slice(0, AIRFLOW_ID_MAX - suffix.length) + suffix
    }
    taken.add(candidate)
    result.set(id, candidate)
  }
  return result
}

/**
 * The name the engine records runs under: `application_name` (stringified the Python way), else the
 * file name without its last extension. `name` is never read (ENGINE.md §1.1, §1.2).
 */
export function applicationName(app: Record<string, unknown>, fileName: string): string {
  if (Object.prototype.hasOwnProperty.call(app, 'application_name')) return pyStr(app.application_name)
  return fileStem(fileName)
}
