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
  // The JSON text is gone by now, so integral values are printed as ints (the common case).
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n)
  // Python's float repr: the shortest round-trip digits (as JavaScript's), but in exponent form
  // when the decimal exponent is below -4 or at least 16 (JavaScript switches at -7 and 21).
  const [mantissa, exp] = n.toExponential().split('e') as [string, string]
  const exponent = Number(exp)
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+'
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  return String(n)
}

/** Characters Python's `str.isprintable()` rejects, which `repr()` escapes (the space is printable). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/gu

function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  const escaped = s.replace(/\\/g, '\\\\').replace(NON_PRINTABLE, (ch) => (ch === ' ' ? ch : escapeChar(ch)))
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote
}

function escapeChar(ch: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }
  if (named[ch]) return named[ch]
  const code = ch.codePointAt(0)!
  if (code < 0x100) return '\\x' + code.toString(16).padStart(2, '0')
  if (code < 0x10000) return '\\u' + code.toString(16).padStart(4, '0')
  return '\\U' + code.toString(16).padStart(8, '0')
}
