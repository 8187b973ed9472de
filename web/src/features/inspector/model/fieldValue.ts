/**
 * Form text ⇄ JSON value conversions. Rules (DESIGN.md §2.1): an emptied optional field removes the
 * key, a value is written only when the user typed it, and text that is not a valid value is never
 * written (the field shows why instead).
 */

/** What committing a field's text should do to the document. */
export type FieldChange =
  | { kind: 'none' }
  | { kind: 'remove' }
  | { kind: 'set'; value: unknown }
  | { kind: 'invalid'; message: string }

export interface NumberRules {
  integer?: boolean
  /** Smallest accepted value (inclusive). */
  minimum?: number
}

/** Plain decimal notation as people type it: `30`, `-1`, `1.5`, `.5`, `1e3`. */
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/

export function parseNumberText(text: string, rules: NumberRules = {}): FieldChange {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'remove' }
  if (!NUMBER_TEXT.test(trimmed)) return { kind: 'invalid', message: 'Enter a number' }
  const value = Number(trimmed)
  if (!Number.isFinite(value)) return { kind: 'invalid', message: 'Enter a finite number' }
  if (rules.integer && !Number.isInteger(value)) return { kind: 'invalid', message: 'Enter a whole number' }
  if (rules.minimum !== undefined && value < rules.minimum) {
    return { kind: 'invalid', message: `Enter a value of at least ${rules.minimum}` }
  }
  return { kind: 'set', value }
}

/** The text a field shows for a stored value: numbers and strings as typed, anything else as JSON. */
export function valueToText(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

/**
 * Decide what a committed field means relative to the stored value. `required` keys (e.g. a job's
 * `command`) are never removed: emptying them writes `""`, which the engine accepts.
 */
export function changeFor(
  parsed: FieldChange,
  current: unknown,
  options: { present: boolean; required?: boolean },
): FieldChange {
  if (parsed.kind === 'remove') {
    if (options.required) return current === '' ? { kind: 'none' } : { kind: 'set', value: '' }
    return options.present ? { kind: 'remove' } : { kind: 'none' }
  }
  if (parsed.kind === 'set' && options.present && Object.is(parsed.value, current)) return { kind: 'none' }
  return parsed
}

/** Text fields: empty → remove (or `""` when required); otherwise the text itself. */
export function textChange(
  text: string,
  current: unknown,
  options: { present: boolean; required?: boolean },
) {
  return changeFor(text === '' ? { kind: 'remove' } : { kind: 'set', value: text }, current, options)
}

/** Number fields, with the same removal rule. */
export function numberChange(text: string, current: unknown, present: boolean, rules: NumberRules = {}) {
  return changeFor(parseNumberText(text, rules), current, { present })
}

/** A list of integers typed as chips (`retry_on_exit_codes`): returns the parsed code or a message. */
export function parseIntegerChip(text: string): { value: number } | { message: string } {
  const parsed = parseNumberText(text, { integer: true })
  if (parsed.kind === 'set') return { value: parsed.value as number }
  return { message: parsed.kind === 'invalid' ? parsed.message : 'Enter a whole number' }
}

/**
 * `email_address` is a string (addresses separated by commas) or an array of strings. The field edits
 * a comma-separated text and keeps the shape the file already uses.
 */
export function emailToText(value: unknown): string {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
  return valueToText(value)
}

export function emailChange(text: string, current: unknown, present: boolean): FieldChange {
  const trimmed = text.trim()
  if (trimmed === '') return present ? { kind: 'remove' } : { kind: 'none' }
  if (!Array.isArray(current)) return changeFor({ kind: 'set', value: text }, current, { present })
  const list = trimmed
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  return JSON.stringify(list) === JSON.stringify(current) ? { kind: 'none' } : { kind: 'set', value: list }
}

/**
 * `retry_on_status` after ticking or unticking one status. Starts from what is in effect (the
 * default list, or a list written as a string) so the first click changes only that one status.
 */
export function toggledStatuses(
  current: unknown,
  status: string,
  on: boolean,
  known: readonly string[],
): string[] {
  const base = Array.isArray(current)
    ? current.filter((s): s is string => typeof s === 'string')
    : typeof current === 'string'
      ? known.filter((s) => current.includes(s))
      : []
  const without = base.filter((s) => s !== status)
  return on ? [...without, status] : without
}
