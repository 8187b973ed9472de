/**
 * Python's `str()` of a JSON value, because the engine stringifies env values that way
 * (ENGINE.md §1.1: `true` → `True`, `null` → `None`, objects → their Python repr).
 */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value)
}

function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return pyNumber(value)
  if (typeof value === 'string') return pyStringRepr(value)
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`
  const entries = Object.entries(value as Record<string, unknown>)
  return `{${entries.map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`).join(', ')}}`
}

function pyNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan'
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf'
  // JSON integers parse to Python int; numbers written with a fraction or exponent to float.
  // The JSON text is gone by now, so integers are printed as ints (the common case).
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n)
  const s = String(n)
  return s.replace('e+', 'e+').replace(/e(-?)(\d)$/, 'e$10$2')
}

function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  const escaped = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote
}
