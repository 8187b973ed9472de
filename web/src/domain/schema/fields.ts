/**
 * Typed, ordered access to the fields described by the schema, for forms, hovers and diagnostics.
 */
import { fromPointer } from '../document/pointer'
import type { JsonPath } from '../document/types'
import { JOB_SCHEMA, SCHEMA, resolveRef } from './schema'
import type { Group, SchemaNode } from './schema'

export interface FieldInfo {
  key: string
  title: string
  description: string
  /** The engine's real default when the key is absent (undefined when there is none). */
  default: unknown
  /** Allowed values when the schema lists them (the first alternative that does). */
  enum: unknown[] | undefined
  /** JSON types the schema expects, e.g. `['boolean']` or `['boolean', 'string', 'array']`. */
  type: string[]
  group: Group
  order: number
  /** The engine reads it but it changes nothing (dead security settings). */
  noEffect: boolean
  /** The engine never reads it (e.g. `name`). */
  ignored: boolean
  /** Top-level key a job field falls back to when absent. */
  inherits: string | undefined
  secret: boolean
  /** False when a dedicated view edits it rather than the settings form (`jobs`). */
  form: boolean
  examples: unknown[]
  schema: SchemaNode
}

function typesOf(node: SchemaNode): string[] {
  const n = resolveRef(node)
  if (n.type) return Array.isArray(n.type) ? [...n.type] : [n.type]
  const alternatives = n.oneOf ?? n.anyOf
  if (alternatives) return [...new Set(alternatives.flatMap(typesOf))]
  return []
}

function enumOf(node: SchemaNode): unknown[] | undefined {
  const n = resolveRef(node)
  if (n.enum) return n.enum
  if (n.type === 'array' && n.items) return enumOf(n.items)
  for (const alt of n.oneOf ?? n.anyOf ?? []) {
    const found = enumOf(alt)
    if (found) return found
  }
  return undefined
}

export function describeField(key: string, node: SchemaNode): FieldInfo {
  return {
    key,
    title: node.title ?? key,
    description: node.description ?? '',
    default: node.default,
    enum: enumOf(node),
    type: typesOf(node),
    group: node['x-group'] ?? 'Advanced',
    order: node['x-order'] ?? 1000,
    noEffect: node['x-no-effect'] === true,
    ignored: node['x-ignored'] === true,
    inherits: node['x-inherits'],
    secret: node['x-secret'] === true,
    form: node['x-form'] !== false,
    examples: node.examples ?? [],
    schema: node,
  }
}

function ordered(properties: Record<string, SchemaNode> | undefined): FieldInfo[] {
  return Object.entries(properties ?? {})
    .map(([key, node]) => describeField(key, node))
    .sort((a, b) => a.order - b.order)
}

const APP_FIELDS = ordered(SCHEMA.properties)
const JOB_FIELDS = ordered(JOB_SCHEMA.properties)
const APP_BY_KEY = new Map(APP_FIELDS.map((f) => [f.key, f]))
const JOB_BY_KEY = new Map(JOB_FIELDS.map((f) => [f.key, f]))

/** Top-level fields in display order (including `jobs`, which has `form: false`). */
export function appFields(): readonly FieldInfo[] {
  return APP_FIELDS
}

/** Job-level fields in display order. */
export function jobFields(): readonly FieldInfo[] {
  return JOB_FIELDS
}

/** Fields grouped by `x-group`, groups in the order their first field appears. */
export function groupFields(fields: readonly FieldInfo[]): { group: Group; fields: FieldInfo[] }[] {
  const groups = new Map<Group, FieldInfo[]>()
  for (const field of fields) {
    if (!groups.has(field.group)) groups.set(field.group, [])
    groups.get(field.group)!.push(field)
  }
  return [...groups].map(([group, list]) => ({ group, fields: list }))
}

export function appField(key: string): FieldInfo | undefined {
  return APP_BY_KEY.get(key)
}

export function jobField(key: string): FieldInfo | undefined {
  return JOB_BY_KEY.get(key)
}

/**
 * The schema's description of the value at a JSON Pointer or path (`/jobs/3/timeout`,
 * `['default_timeout']`). Undefined for unknown keys and for values the schema leaves open.
 */
export function fieldInfo(pointerOrPath: string | JsonPath): FieldInfo | undefined {
  const path = typeof pointerOrPath === 'string' ? fromPointer(pointerOrPath) : pointerOrPath
  let node: SchemaNode | undefined = SCHEMA
  let key = ''
  for (const seg of path) {
    if (!node) return undefined
    const n: SchemaNode = resolveRef(node)
    if (typeof seg === 'number') {
      node = n.items
    } else {
      const additional = typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined
      node = n.properties?.[seg] ?? additional
      key = seg
    }
  }
  return node && path.length > 0 ? describeField(key, node) : undefined
}

/**
 * What the engine uses when a key is absent: for a job field, the hard-coded value behind its
 * `default_*` fallback (e.g. `engineDefault('retry_delay', 'job')` → 30).
 */
export function engineDefault(key: string, level: 'app' | 'job' = 'app'): unknown {
  return (level === 'job' ? jobField(key) : appField(key))?.default
}
