/**
 * Check entries as the form edits them: a new check gets its built-in parameters as empty strings for
 * the user to fill in; switching to another built-in keeps the values of parameters both share.
 */
import type { CheckValue } from '@/domain/document/commands'
import { builtinCheck } from './schemaInfo'

export function newCheck(name: string): CheckValue {
  const info = builtinCheck(name)
  return { name, params: Object.fromEntries((info?.params ?? []).map((p) => [p.name, ''])) }
}

export function asCheck(value: unknown): {
  name: unknown
  params: Record<string, unknown> | undefined
  raw: unknown
} {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { name: undefined, params: undefined, raw: value }
  const v = value as Record<string, unknown>
  const params =
    typeof v.params === 'object' && v.params !== null && !Array.isArray(v.params)
      ? (v.params as Record<string, unknown>)
      : undefined
  return { name: v.name, params, raw: value }
}

export function renamedCheck(current: unknown, name: string): CheckValue {
  const { params } = asCheck(current)
  const info = builtinCheck(name)
  if (!info) return { name, params: params ?? {} }
  // One parameter before and after (path ⇄ log_file): carry the value over.
  const old = Object.values(params ?? {})
  if (info.params.length === 1 && old.length === 1)
    return { name, params: { [info.params[0]!.name]: old[0] } }
  return { name, params: Object.fromEntries(info.params.map((p) => [p.name, params?.[p.name] ?? ''])) }
}
