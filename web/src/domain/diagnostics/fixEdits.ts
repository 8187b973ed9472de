/**
 * Quick-fix builders that work on the syntax tree: replace one value, remove one property, wrap a
 * value in a list. Each changes only the text of what it fixes (the rest of the file, its
 * indentation and line endings stay byte for byte), and targets the LAST of duplicate keys, the
 * one the engine reads.
 */
import type { Node as JsonNode } from 'jsonc-parser'
import { childAt, removeChildrenEdits } from '../document/nodeEdits'
import { fromPointer } from '../document/pointer'
import type { ParsedDocument, TextEdit } from '../document/types'
import type { QuickFix } from './types'

/** The value node at an RFC 6901 pointer. */
export function nodeAtPointer(doc: ParsedDocument, pointer: string): JsonNode | undefined {
  let node = doc.tree
  for (const seg of fromPointer(pointer)) node = node && childAt(node, seg)
  return node
}

/** A one-line (minified) file gets compact JSON; any other file `[a, b]` / `{"k": v}`. */
function inlineJson(value: unknown, compact: boolean): string {
  const comma = compact ? ',' : ', '
  if (Array.isArray(value)) return `[${value.map((v) => inlineJson(v, compact)).join(comma)}]`
  if (typeof value === 'object' && value !== null) {
    const colon = compact ? ':' : ': '
    const members = Object.entries(value).map(([k, v]) => JSON.stringify(k) + colon + inlineJson(v, compact))
    return `{${members.join(comma)}}`
  }
  return JSON.stringify(value)
}

const isCompact = (text: string) => !text.trimEnd().includes('\n')

/** Replaces the value at `pointer` by `value`, written inline; its key and position stay. */
export function replaceValueFix(
  doc: ParsedDocument,
  pointer: string,
  value: unknown,
  title: string,
): QuickFix | undefined {
  const node = nodeAtPointer(doc, pointer)
  if (!node) return undefined
  const content = inlineJson(value, isCompact(doc.text))
  return { title, edits: [{ offset: node.offset, length: node.length, content }] }
}

/** Removes the property at `pointer` (key, value and one separating comma). */
export function removePropertyFix(doc: ParsedDocument, pointer: string, title: string): QuickFix | undefined {
  const edits = removePropertyEdits(doc, pointer)
  return edits ? { title, edits } : undefined
}

export function removePropertyEdits(doc: ParsedDocument, pointer: string): TextEdit[] | undefined {
  const property = nodeAtPointer(doc, pointer)?.parent
  const object = property?.parent
  if (property?.type !== 'property' || object?.type !== 'object') return undefined
  return removeChildrenEdits(object, [object.children!.indexOf(property)])
}

/** Removes every property of an object named `key` but the last (the one the engine keeps). */
export function removeEarlierDuplicatesFix(
  doc: ParsedDocument,
  pointer: string,
  key: string,
  title: string,
): QuickFix | undefined {
  const object = nodeAtPointer(doc, pointer)?.parent?.parent
  if (object?.type !== 'object') return undefined
  const indices = (object.children ?? []).flatMap((p, i) => (p.children?.[0]?.value === key ? [i] : []))
  const edits = removeChildrenEdits(object, indices.slice(0, -1))
  return edits.length > 0 ? { title, edits } : undefined
}

/** Puts the value at `pointer` in a one-element list: `{…}` → `[{…}]`. */
export function wrapInListFix(doc: ParsedDocument, pointer: string, title: string): QuickFix | undefined {
  const node = nodeAtPointer(doc, pointer)
  if (!node) return undefined
  const end = node.offset + node.length
  return {
    title,
    edits: [
      { offset: node.offset, length: 0, content: '[' },
      { offset: end, length: 0, content: ']' },
    ],
  }
}

/** One fix made of edits computed separately on the same text; undefined when they would overlap. */
export function combinedFix(title: string, parts: readonly (TextEdit[] | undefined)[]): QuickFix | undefined {
  if (parts.some((p) => p === undefined)) return undefined
  const edits = parts.flatMap((p) => p!).sort((a, b) => a.offset - b.offset)
  const overlaps = edits.some((e, i) => i > 0 && e.offset < edits[i - 1]!.offset + edits[i - 1]!.length)
  return overlaps ? undefined : { title, edits }
}
