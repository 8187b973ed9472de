/** Writing new JSON values in the style of the file they go into. */
import type { ContainerLook, FileStyle } from './format'
import { isPlainObject } from './value'

export interface Placement {
  /** Indentation of the line the value starts on. */
  base: string
  /** Indentation step of the region. */
  unit: string
  /** Write the value on one line. */
  inline: boolean
  /** Written one item per line, but each item (object or array) on one line. */
  itemsInline?: boolean
  /** How the file writes containers under a given key, for members of new objects. */
  lookOf?: (key: string) => ContainerLook | undefined
}

const isScalar = (value: unknown): boolean => typeof value !== 'object' || value === null

function entriesOf(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined)
}

export function serialize(value: unknown, style: FileStyle, at: Placement): string {
  if (value === undefined) return 'null'
  if (isScalar(value)) return JSON.stringify(value) ?? 'null'
  const inner = at.base + at.unit
  const child = (v: unknown, inline: boolean, itemsInline?: boolean): string =>
    serialize(v, style, { ...at, base: inner, inline, itemsInline })
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inline = at.inline || (style.inlineScalarArrays && value.every(isScalar))
    if (inline) return '[' + value.map((v) => child(v, true)).join(style.inlineComma) + ']'
    const items = value.map((v) => inner + child(v, at.itemsInline ?? false))
    return '[' + style.eol + items.join(',' + style.eol) + style.eol + at.base + ']'
  }
  if (!isPlainObject(value)) return JSON.stringify(value) ?? 'null'
  const entries = entriesOf(value)
  if (entries.length === 0) return '{}'
  const member = ([k, v]: [string, unknown], inline: boolean): string => {
    const look = inline || isScalar(v) ? undefined : at.lookOf?.(k)
    return JSON.stringify(k) + style.colon + child(v, inline || (look?.inline ?? false), look?.itemsInline)
  }
  if (at.inline) return '{' + entries.map((e) => member(e, true)).join(style.inlineComma) + '}'
  const members = entries.map((e) => inner + member(e, false))
  return '{' + style.eol + members.join(',' + style.eol) + style.eol + at.base + '}'
}
