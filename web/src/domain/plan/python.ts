/**
 * The few Python semantics the engine applies to config values without validating them:
 * truthiness, `int()`, `isinstance(v, (int, float))` and ordering comparisons that raise TypeError.
 * A JSON value parsed by JavaScript stands for what Python's json module would have produced.
 */

/** Python's `bool(value)`: `"no"`, `"false"` and `1` are true; `0`, `""`, `[]`, `{}`, `null` are false. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false
  // NaN is truthy in Python too.
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return value.length > 0
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}

/** `isinstance(value, (int, float))`: booleans are ints in Python. */
export function isPyNumber(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean'
}

/** A number or boolean as Python arithmetic sees it (`True` is 1). */
export function pyNumberValue(value: number | boolean): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value
}

/**
 * Python's `int(value)`, or undefined where it raises: floats truncate toward zero, booleans are
 * 0/1, strings must be a base-10 integer literal (surrounding whitespace, a sign and `_` between
 * digits allowed; `"3.5"` raises), NaN/inf, null, lists and objects raise.
 */
export function pyInt(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) || 0 : undefined
  if (typeof value === 'string') {
    const match = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(value)
    if (!match) return undefined
    const n = Number(match[2]!.replace(/_/g, ''))
    return match[1] === '-' ? -n : n
  }
  return undefined
}
