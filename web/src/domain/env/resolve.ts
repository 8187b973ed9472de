/**
 * The effective environment of each job, in the engine's steps (ENGINE.md §4.1):
 * 1. at load, the application `env_variables` are interpolated among themselves only;
 * 2. per job, application (already interpolated) ← job ← CLI `--env` are merged, each value through
 *    Python `str()`, later layers winning;
 * 3. the merged dictionary is interpolated again.
 * The inherited shell environment is never seen by the interpolation (it is laid under the result).
 */
import { interpolateValues } from './interpolate'
import { pyStr } from './pyStr'
import { shellInheritance, type ShellInheritance } from './shellInheritance'

export type EnvLayer = 'application' | 'job' | 'cli'

export interface EnvEntry {
  name: string
  /** The layer whose value won. */
  layer: EnvLayer
  /** The value as written in that layer (any JSON value for config layers). */
  written: unknown
  /** Application layer only: the value after the load-time interpolation (step 1). */
  afterLoad?: string
  /** The value merged in step 2: `str()` of the written value (or of `afterLoad`). */
  merged: string
  /** The value the job process gets (step 3). */
  value: string
  /** Lower layers that also define this name and lost. */
  overrides: EnvLayer[]
  /** Names referenced in the final value that are defined nowhere (they stay literal). */
  undefinedRefs: string[]
  /** The value is stuck on a circular reference (left literal by the engine). */
  circular: boolean
}

export interface ApplicationEnvironment {
  /** The raw application variables (empty when `env_variables` is absent or not an object). */
  written: Map<string, unknown>
  /** After the load-time interpolation: strings rewritten, other values untouched. */
  loaded: Map<string, unknown>
  inheritance: ShellInheritance
}

export interface JobEnvironment {
  /** In the order of the merged dictionary: application keys, then new job keys, then new CLI keys. */
  variables: EnvEntry[]
  inheritance: ShellInheritance
}

function entriesOf(value: unknown): Map<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? new Map(Object.entries(value as Record<string, unknown>))
    : new Map()
}

/** Step 1, once per config. */
export function applicationEnvironment(app: Record<string, unknown>): ApplicationEnvironment {
  const written = entriesOf(app.env_variables)
  return { written, loaded: interpolateValues(written).values, inheritance: shellInheritance(app) }
}

/** Steps 2–3 for one job (`job` is its raw value); `cli` stands for the engine's `--env` pairs. */
export function jobEnvironment(
  application: ApplicationEnvironment,
  job: unknown,
  cli: Readonly<Record<string, string>> = {},
): JobEnvironment {
  const own = entriesOf(
    typeof job === 'object' && job !== null ? (job as Record<string, unknown>).env_variables : {},
  )
  const layers: [EnvLayer, Map<string, unknown>][] = [
    ['application', application.loaded],
    ['job', own],
    ['cli', new Map(Object.entries(cli))],
  ]
  const merged = new Map<string, string>()
  const winner = new Map<string, EnvLayer>()
  const defined = new Map<string, EnvLayer[]>()
  for (const [layer, values] of layers) {
    for (const [name, value] of values) {
      merged.set(name, pyStr(value))
      winner.set(name, layer)
      defined.set(name, [...(defined.get(name) ?? []), layer])
    }
  }
  const final = interpolateValues(merged)
  const undefinedByName = new Map<string, string[]>()
  for (const { name, ref } of final.undefinedRefs)
    undefinedByName.set(name, [...(undefinedByName.get(name) ?? []), ref])
  const circular = new Set(final.circular)

  const variables = [...merged].map(([name, mergedValue]): EnvEntry => {
    const layer = winner.get(name)!
    const entry: EnvEntry = {
      name,
      layer,
      written:
        layer === 'application' ? application.written.get(name) : layer === 'job' ? own.get(name) : cli[name],
      merged: mergedValue,
      value: final.values.get(name) as string,
      overrides: defined.get(name)!.filter((l) => l !== layer),
      undefinedRefs: undefinedByName.get(name) ?? [],
      circular: circular.has(name),
    }
    if (layer === 'application') entry.afterLoad = pyStr(application.loaded.get(name))
    return entry
  })
  return { variables, inheritance: application.inheritance }
}
