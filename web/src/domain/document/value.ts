/** JSON values: plain-object conversion of parse trees, deep equality, and nested-value building. */
import type { Node as JsonNode } from 'jsonc-parser'
import type { JsonPath } from './types'

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The value of a parse-tree node as `JSON.parse` gives it: plain objects (jsonc-parser's own
 * `getNodeValue` builds null-prototype ones), key order of first appearance, last duplicate wins.
 */
export function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(plainValue)
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? []
        // A half-typed property (key without value yet) is not part of the value.
        if (!key || typeof key.value !== 'string' || !value) continue
        // defineProperty: a "__proto__" key must become an own property, as JSON.parse makes it.
        Object.defineProperty(out, key.value, {
          value: plainValue(value),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
      return out
    }
    default:
      return node.value
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined)
    const otherKeys = Object.keys(b).filter((k) => b[k] !== undefined)
    return keys.length === otherKeys.length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
  }
  return false
}

/** The value to insert so that `value` ends up at `path` below the insertion point. */
export function nest(path: JsonPath, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, seg) => {
    if (typeof seg === 'number') return [inner]
    const obj: Record<string, unknown> = {}
    Object.defineProperty(obj, seg, { value: inner, enumerable: true, writable: true, configurable: true })
    return obj
  }, value)
}
