/** Reading the jsonc-parser tree, and the removal edits computed on it. */
import type { Node as JsonNode } from 'jsonc-parser'
import type { TextEdit } from './types'

export const end = (node: JsonNode): number => node.offset + node.length

/** The child at `seg`: for objects the LAST property with that key (the one JSON.parse keeps). */
export function childAt(node: JsonNode, seg: string | number): JsonNode | undefined {
  const kids = node.children ?? []
  if (node.type === 'array') return typeof seg === 'number' ? kids[seg] : undefined
  if (node.type !== 'object' || typeof seg !== 'string') return undefined
  for (let i = kids.length - 1; i >= 0; i--) {
    const [key, value] = kids[i]!.children ?? []
    if (key?.value === seg) return value
  }
  return undefined
}

/** Positions of the properties named `key` (several when the key is duplicated). */
export function propertyIndices(node: JsonNode, key: string): number[] {
  if (node.type !== 'object') return []
  return (node.children ?? []).flatMap((p, i) => (p.children?.[0]?.value === key ? [i] : []))
}

/**
 * Non-overlapping edits removing the children at `indices` (array elements or properties), each run
 * of neighbours together with one separator, so what remains keeps its own formatting.
 */
export function removeChildrenEdits(container: JsonNode, indices: readonly number[]): TextEdit[] {
  const kids = container.children ?? []
  const gone = new Set(indices.filter((i) => i >= 0 && i < kids.length))
  if (gone.size === 0) return []
  if (gone.size === kids.length) {
    return [{ offset: container.offset + 1, length: container.length - 2, content: '' }]
  }
  const edits: TextEdit[] = []
  for (let i = 0; i < kids.length; i++) {
    if (!gone.has(i)) continue
    let j = i
    while (gone.has(j + 1)) j++
    // Take the separator before the run, or after it when the run starts the container.
    const from = i > 0 ? end(kids[i - 1]!) : kids[0]!.offset
    const to = i > 0 ? end(kids[j]!) : kids[j + 1]!.offset
    edits.push({ offset: from, length: to - from, content: '' })
    i = j
  }
  return edits
}
