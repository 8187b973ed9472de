/**
 * The engine's `${NAME}` interpolation of env-variable values (ENGINE.md §4.2): only `${NAME}`
 * with NAME = [A-Za-z_][A-Za-z0-9_]*, resolved recursively; undefined names stay literal; a variable
 * caught in a circular reference keeps its literal value. No escapes, no `$NAME`, no `${X:-d}`.
 */
export const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g

export interface Interpolation {
  values: Record<string, string>
  /** `{ name, ref }`: variable `name` references `ref`, which is defined nowhere. */
  undefinedRefs: { name: string; ref: string }[]
  /** Variables left literal because they take part in a circular reference. */
  circular: string[]
}

/** The names referenced as `${NAME}` in a text, in order of appearance (duplicates kept). */
export function referencesIn(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => m[1]!)
}

export function interpolate(vars: Readonly<Record<string, string>>): Interpolation {
  const values: Record<string, string> = {}
  const undefinedRefs: { name: string; ref: string }[] = []
  const circular = new Set<string>()
  const has = (name: string) => Object.prototype.hasOwnProperty.call(vars, name)

  const resolve = (name: string, stack: string[]): { value: string; cyclic: boolean } => {
    const raw = vars[name]!
    let cyclic = false
    const value = raw.replace(REFERENCE, (whole, ref: string) => {
      if (stack.includes(ref)) {
        cyclic = true
        return whole
      }
      if (!has(ref)) return whole
      const inner = resolve(ref, [...stack, ref])
      if (inner.cyclic) cyclic = true
      return inner.value
    })
    return cyclic ? { value: raw, cyclic } : { value, cyclic }
  }

  for (const name of Object.keys(vars)) {
    const { value, cyclic } = resolve(name, [name])
    values[name] = value
    if (cyclic) circular.add(name)
    for (const ref of referencesIn(vars[name]!)) {
      if (!has(ref)) undefinedRefs.push({ name, ref })
    }
  }
  return { values, undefinedRefs, circular: [...circular] }
}
