/**
 * Reads the config's JSON Schema for the JSON editor: which schemas apply at a path (following
 * `$ref`, `allOf`/`anyOf`/`oneOf` and the simple `if`/`then` the check definitions use), what
 * properties an object may have, which values fit, and the docs to show on hover.
 * Framework-free so it can be unit-tested; the schema is passed in.
 */
import type { JsonPath } from '@/domain/document/types'
import type { SchemaNode } from '@/domain/schema'

export type { SchemaNode }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node
  for (let guard = 0; current.$ref && guard < 16; guard++) {
    let target: unknown = root
    for (const seg of current.$ref.replace(/^#\/?/, '').split('/')) {
      if (seg === '') continue
      target = isObject(target) ? target[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined
    }
    if (!isObject(target)) return {}
    current = target as SchemaNode
  }
  return current
}

/** The tiny subset of `if` the schema needs: `properties.X.const`/`enum` and `required`. */
function matchesIf(condition: SchemaNode, value: unknown): boolean {
  if (!isObject(value)) return false
  for (const key of condition.required ?? []) if (!(key in value)) return false
  for (const [key, sub] of Object.entries(condition.properties ?? {})) {
    if (!(key in value)) continue
    if ('const' in sub && value[key] !== sub.const) return false
    if (sub.enum && !sub.enum.includes(value[key])) return false
  }
  return true
}

/** The node and every schema it combines with for this value. */
function expand(root: SchemaNode, node: SchemaNode, value: unknown, out: SchemaNode[]): void {
  const current = resolve(root, node)
  if (out.includes(current)) return
  out.push(current)
  for (const sub of [...(current.allOf ?? []), ...(current.anyOf ?? []), ...(current.oneOf ?? [])]) {
    expand(root, sub, value, out)
  }
  if (current.if) {
    const branch = matchesIf(resolve(root, current.if), value) ? current.then : current.else
    if (branch) expand(root, branch, value, out)
  }
}

function childValue(value: unknown, seg: string | number): unknown {
  if (Array.isArray(value) && typeof seg === 'number') return value[seg]
  return isObject(value) ? value[String(seg)] : undefined
}

/**
 * Every schema that applies at `path` of `rootValue` (empty when the schema says nothing there).
 * `rootValue` is the document's value; it decides `if`/`then` branches (e.g. a check's params).
 */
export function schemasAt(root: SchemaNode, path: JsonPath, rootValue: unknown): SchemaNode[] {
  let value = rootValue
  let candidates: SchemaNode[] = []
  expand(root, root, value, candidates)
  for (const seg of path) {
    value = childValue(value, seg)
    const next: SchemaNode[] = []
    for (const node of candidates) {
      let child: SchemaNode | undefined
      if (typeof seg === 'number') child = node.items
      else
        child =
          node.properties?.[seg] ??
          (isObject(node.additionalProperties) ? node.additionalProperties : undefined)
      if (child) expand(root, child, value, next)
    }
    candidates = next
    if (candidates.length === 0) break
  }
  return candidates
}

export interface PropertyDoc {
  name: string
  schema: SchemaNode
}

/** The properties the schemas declare for an object, in schema order, merged by name. */
export function propertiesOf(root: SchemaNode, schemas: SchemaNode[]): PropertyDoc[] {
  const seen = new Map<string, PropertyDoc>()
  for (const node of schemas) {
    for (const [name, sub] of Object.entries(node.properties ?? {})) {
      if (!seen.has(name)) seen.set(name, { name, schema: resolve(root, sub) })
    }
  }
  return [...seen.values()]
}

/** The JSON types a value may have here. */
export function typesOf(root: SchemaNode, schemas: SchemaNode[]): string[] {
  const types = new Set<string>()
  for (const node of schemas) {
    const t = resolve(root, node).type
    for (const one of Array.isArray(t) ? t : t ? [t] : []) types.add(one)
  }
  return [...types]
}

/** Literal values worth offering: enums, consts, booleans, the default and examples (scalars only). */
export function valueSuggestions(root: SchemaNode, schemas: SchemaNode[]): unknown[] {
  const values: unknown[] = []
  const add = (v: unknown) => {
    if (!isObject(v) && !Array.isArray(v) && !values.includes(v)) values.push(v)
  }
  for (const node of schemas) {
    node.enum?.forEach(add)
    if ('const' in node) add(node.const)
  }
  if (typesOf(root, schemas).includes('boolean')) [true, false].forEach(add)
  for (const node of schemas) {
    if ('default' in node) add(node.default)
    node.examples?.forEach(add)
  }
  return values
}

export interface SchemaDoc {
  title?: string
  description?: string
  types: string[]
  defaultValue?: unknown
  hasDefault: boolean
  enumValues: unknown[]
  inherits?: string
  noEffect: boolean
  ignored: boolean
}

/** What the hover tooltip says about the schemas at a path. */
export function docOf(root: SchemaNode, schemas: SchemaNode[]): SchemaDoc | null {
  if (schemas.length === 0) return null
  const first = <K extends keyof SchemaNode>(key: K) => schemas.find((s) => s[key] !== undefined)?.[key]
  const withDefault = schemas.find((s) => 'default' in s)
  const enumValues: unknown[] = []
  for (const node of schemas) for (const v of node.enum ?? []) if (!enumValues.includes(v)) enumValues.push(v)
  return {
    title: first('title'),
    description: first('description'),
    types: typesOf(root, schemas),
    defaultValue: withDefault?.default,
    hasDefault: withDefault !== undefined,
    enumValues,
    inherits: first('x-inherits'),
    noEffect: first('x-no-effect') === true,
    ignored: first('x-ignored') === true,
  }
}
