/**
 * The engine's `${NAME}` interpolation of env-variable values (ENGINE.md §4.2), reproduced step by
 * step from `env_utils.interpolate_env_vars`: only `${NAME}` with NAME = [A-Za-z_][A-Za-z0-9_]*;
 * no escapes, no `$NAME`, no `${X:-d}`. The dictionary is rewritten in place, pass after pass (at most
 * one pass per variable + 1), each reference replaced by the referenced value, itself substituted
 * recursively. A name met again while it is being expanded is left as written (circular reference);
 * an undefined name stays as written. Non-string values are never rewritten, but a reference to one
 * is replaced by its Python `str()`.
 */
import { pyStr } from './pyStr'

export const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g

export interface Interpolation {
  values: Record<string, string>
  /** `{ name, ref }`: the final value of `name` still contains `${ref}`, and `ref` is defined nowhere. */
  undefinedRefs: { name: string; ref: string }[]
  /** Variables whose final value still holds a reference to a defined name: they are caught in a cycle. */
  circular: string[]
}

export interface EngineInterpolation {
  /** Same keys and order as the input; non-string values are returned untouched. */
  values: Map<string, unknown>
  undefinedRefs: { name: string; ref: string }[]
  circular: string[]
}

/** The names referenced as `${NAME}` in a text, in order of appearance (duplicates kept). */
export function referencesIn(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => m[1]!)
}

export function interpolate(vars: Readonly<Record<string, string>>): Interpolation {
  const result = interpolateValues(new Map(Object.entries(vars)))
  const values: Record<string, string> = {}
  for (const [name, value] of result.values) values[name] = value as string
  return { values, undefinedRefs: result.undefinedRefs, circular: result.circular }
}

/**
 * Guards against exponential growth (self-references with text around them double at every pass),
 * which hangs the engine too: past these limits, remaining references are left as written.
 */
const MAX_SUBSTITUTIONS = 100_000
const MAX_VALUE_LENGTH = 1_000_000

/** The engine's algorithm over an ordered dictionary of raw values (strings or any JSON value). */
export function interpolateValues(vars: ReadonlyMap<string, unknown>): EngineInterpolation {
  const result = new Map(vars)
  for (let pass = 0; pass < vars.size + 1; pass++) {
    let changed = false
    for (const [name, value] of result) {
      if (typeof value !== 'string' || !value.includes('${')) continue
      const next = substitute(value, result)
      if (next !== value && next.length <= MAX_VALUE_LENGTH) {
        result.set(name, next)
        changed = true
      }
    }
    if (!changed) break
  }
  const undefinedRefs: { name: string; ref: string }[] = []
  const circular: string[] = []
  for (const [name, value] of result) {
    if (typeof value !== 'string') continue
    const refs = new Set(referencesIn(value))
    for (const ref of refs) if (!result.has(ref)) undefinedRefs.push({ name, ref })
    if ([...refs].some((ref) => result.has(ref))) circular.push(name)
  }
  return { values: result, undefinedRefs, circular }
}

/** `substitute_env_vars_in_obj` for one string: `seen` holds the names being expanded right now. */
function substitute(text: string, env: ReadonlyMap<string, unknown>): string {
  const seen = new Set<string>()
  let budget = MAX_SUBSTITUTIONS
  const expand = (value: string): string =>
    value.replace(REFERENCE, (whole: string, name: string) => {
      if (seen.has(name) || !env.has(name) || budget-- <= 0) return whole
      seen.add(name)
      const replaced = expand(pyStr(env.get(name)))
      seen.delete(name)
      return replaced
    })
  return expand(text)
}
