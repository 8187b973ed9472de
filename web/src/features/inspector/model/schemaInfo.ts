/**
 * What the forms need from the JSON Schema, read through `@/domain/schema` (titles, descriptions,
 * the engine's real defaults, enums, groups, `x-` annotations). The forms have no second list of
 * fields: they render what this returns, plus the few form-only facts derived here (input kind,
 * minimum, required).
 */
import {
  CHECK_REGISTRY,
  JOB_SCHEMA,
  SCHEMA,
  appFields,
  jobFields,
  resolveRef,
  type CheckInfo,
  type FieldInfo as SchemaField,
} from '@/domain/schema'

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'string-list' | 'integer-list' | 'other'

export interface FormField extends SchemaField {
  kind: FieldKind
  minimum: number | undefined
  required: boolean
  hasDefault: boolean
}

function kindOf(field: SchemaField): FieldKind {
  const types = field.type
  if (types.includes('boolean') && types.length === 1) return 'boolean'
  // `default_timeout` also accepts numeric strings; the form edits it as a number.
  if (types.includes('integer') && !types.includes('array')) return 'integer'
  if (types.includes('number') && !types.includes('array')) return 'number'
  if (types.length === 1 && types[0] === 'string') return 'string'
  if (types.length === 1 && types[0] === 'array') {
    const items = resolveRef(resolveRef(field.schema).items ?? {})
    if (items.type === 'integer') return 'integer-list'
    if (items.type === 'string') return 'string-list'
  }
  return 'other'
}

function minimumOf(field: SchemaField): number | undefined {
  const node = resolveRef(field.schema)
  const candidates = [node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])]
  return candidates.map((n) => n.minimum).find((m) => typeof m === 'number')
}

function toForm(field: SchemaField, required: readonly string[]): FormField {
  return {
    ...field,
    kind: kindOf(field),
    minimum: minimumOf(field),
    required: required.includes(field.key),
    hasDefault: 'default' in field.schema,
  }
}

const APP = appFields().map((f) => toForm(f, SCHEMA.required ?? []))
const JOB = jobFields().map((f) => toForm(f, JOB_SCHEMA.required ?? []))
const APP_BY_KEY = new Map(APP.map((f) => [f.key, f]))
const JOB_BY_KEY = new Map(JOB.map((f) => [f.key, f]))

export const appFormFields = (): readonly FormField[] => APP
export const appFormField = (key: string) => APP_BY_KEY.get(key)
export const jobFormField = (key: string) => JOB_BY_KEY.get(key)

/** App fields of one `x-group`, in `x-order` (keys edited elsewhere, like `jobs`, left out). */
export function appGroup(group: string): FormField[] {
  return APP.filter((f) => f.group === group && f.form)
}

/** The attempt statuses `retry_on_status` can name, with the schema's explanation of each. */
export function retryStatuses(): { value: string; description: string }[] {
  const field = JOB_BY_KEY.get('retry_on_status')
  const items = field ? resolveRef(resolveRef(field.schema).items ?? {}) : {}
  const description = items.description ?? ''
  return ((items.enum ?? []) as string[]).map((value) => ({
    value,
    description: description.match(new RegExp(`${value}: ([^.]*\\.)`))?.[1] ?? '',
  }))
}

export function builtinChecks(): CheckInfo[] {
  return Object.values(CHECK_REGISTRY)
}
export function builtinCheck(name: string): CheckInfo | undefined {
  return Object.prototype.hasOwnProperty.call(CHECK_REGISTRY, name) ? CHECK_REGISTRY[name] : undefined
}

/** Top-level keys the form shows as settings: everything the schema knows except `jobs`. */
export function isKnownAppKey(key: string): boolean {
  return APP_BY_KEY.has(key)
}

export function jobGroup(group: string): FormField[] {
  return JOB.filter((f) => f.group === group && f.form)
}
