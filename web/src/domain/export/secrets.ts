/**
 * Secrets that must never be written into an exported DAG file. Two sources:
 * - the linter's `secret-in-config` findings (schema keys marked `x-secret`, e.g. `smtp_password`);
 * - environment variables whose name says they hold one (`DB_PASSWORD`, `API_TOKEN`…). The linter
 *   has no rule for these (the engine masks nothing, ENGINE.md §1.3), but an Airflow DAG file is
 *   shared more widely than a config, so the export is stricter.
 * Each secret becomes an Airflow Variable reference; its value, wherever it appears (an env value
 * that interpolated it, a command), is replaced by that reference.
 */
import type { Diagnostic } from '../diagnostics/types'

/** Names of env variables treated as secrets. `PWD` (the working directory) is not one. */
export const SECRET_NAME = /PASSW(OR)?D|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i
/** Shorter values are not searched for inside other strings: they would match by accident. */
const MIN_SEARCHED_LENGTH = 6

export interface SecretRef {
  /** The Airflow Variable that holds the value. */
  variable: string
  /** Where the secret was found, for the comment in the DAG file. */
  origin: string
  value: string
}

export interface Secrets {
  /** Variable for an env variable of that name (its value is never written). */
  byEnvName: Map<string, SecretRef>
  /** Literal values to replace wherever they appear, longest first. */
  literals: SecretRef[]
}

export function findSecrets(
  app: Record<string, unknown>,
  diagnostics: readonly Diagnostic[],
  envValues: Iterable<[name: string, value: string]>,
): Secrets {
  const byEnvName = new Map<string, SecretRef>()
  const literals = new Map<string, SecretRef>()
  for (const d of diagnostics) {
    if (d.code !== 'secret-in-config') continue
    const key = d.path.slice(1)
    const value = app[key]
    if (typeof value !== 'string' || value === '') continue
    const ref = { variable: key.replace(/^_+/, ''), origin: `"${key}" in the config`, value }
    if (!literals.has(value)) literals.set(value, ref)
  }
  for (const [name, value] of envValues) {
    if (!SECRET_NAME.test(name) || byEnvName.has(name)) continue
    const ref = { variable: name, origin: `env variable ${name}`, value }
    byEnvName.set(name, ref)
    if (value !== '' && !literals.has(value)) literals.set(value, ref)
  }
  const searched = [...literals.values()]
    .filter((s) => s.value.length >= MIN_SEARCHED_LENGTH)
    .sort((a, b) => b.value.length - a.value.length)
  return { byEnvName, literals: searched }
}

/** A piece of templated text: literal text, or the value of an Airflow Variable. */
export type TextPart = { text: string } | { variable: string }

/** `text` split around the secret values it contains. */
export function withoutSecrets(text: string, secrets: Secrets): TextPart[] {
  let parts: TextPart[] = [{ text }]
  for (const secret of secrets.literals) {
    parts = parts.flatMap((part): TextPart[] => {
      if (!('text' in part) || !part.text.includes(secret.value)) return [part]
      const pieces = part.text.split(secret.value)
      return pieces.flatMap((piece, i): TextPart[] => [
        ...(i > 0 ? [{ variable: secret.variable }] : []),
        ...(piece ? [{ text: piece }] : []),
      ])
    })
  }
  return parts
}
