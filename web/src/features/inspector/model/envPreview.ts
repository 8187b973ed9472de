/**
 * What a variable will really contain (ENGINE.md §4.1): app values are interpolated among
 * themselves at load; each job then layers its own values (stringified Python-style) over them and
 * interpolates again. Non-string app values are left as they are at load, then become `str()`.
 */
import { interpolate } from '@/domain/env/interpolate'
import { pyStr } from '@/domain/env/pyStr'

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function stringified(vars: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, pyStr(v)]))
}

export interface EnvPreview {
  /** Final value per name. */
  values: Record<string, string>
  /** Names whose value references a name defined nowhere (kept literally by the engine). */
  undefinedRefs: Record<string, string[]>
  circular: string[]
}

function preview(vars: Record<string, string>): EnvPreview {
  const result = interpolate(vars)
  const undefinedRefs: Record<string, string[]> = {}
  for (const { name, ref } of result.undefinedRefs) (undefinedRefs[name] ??= []).push(ref)
  return { values: result.values, undefinedRefs, circular: result.circular }
}

/** The application layer as the engine resolves it at load time. */
export function appEnvPreview(appEnv: unknown): EnvPreview {
  const raw = asRecord(appEnv)
  const strings = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >
  const loaded = interpolate(strings).values
  return preview({ ...stringified(raw), ...loaded })
}

/** The environment one job's process gets from the config: app (already resolved) ← job, interpolated again. */
export function jobEnvPreview(appEnv: unknown, jobEnv: unknown): EnvPreview {
  const app = appEnvPreview(appEnv).values
  return preview({ ...app, ...stringified(asRecord(jobEnv)) })
}
