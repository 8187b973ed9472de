/**
 * Where and how a new array element or property is written: after its siblings with their separator
 * and indentation, on one line when its container (or the file) is written so, and shaped like the
 * file's other containers under the same key.
 */
import type { Node as JsonNode } from 'jsonc-parser'
import { indentUnitAround, isContainer, isSingleLine, itemIndent, lineIndentAt } from './format'
import type { ContainerLook, FileStyle } from './format'
import { end } from './nodeEdits'
import { serialize } from './serialize'
import type { TextEdit } from './types'

export interface InsertContext {
  text: string
  style: FileStyle
  lookOf: (key: string) => ContainerLook | undefined
}

const isContainerValue = (value: unknown): boolean => typeof value === 'object' && value !== null

/** `,` plus what separates items of `container` (line break and indentation, or inline spacing). */
export function separatorIn(ctx: InsertContext, container: JsonNode, near: number): string {
  const kids = container.children ?? []
  if (ctx.style.minified || isSingleLine(ctx.text, container)) {
    const [a, b] = kids
    return a && b ? ctx.text.slice(end(a), b.offset) : ctx.style.inlineComma
  }
  return ',' + ctx.style.eol + indentOfItems(ctx.text, container, near)
}

function indentOfItems(text: string, container: JsonNode, near: number): string {
  return itemIndent(text, container) ?? lineIndentAt(text, container.children![near]!.offset)
}

/** The edit inserting `value` (as property `key` of an object, or element of an array) at `index`. */
export function insertEdit(
  ctx: InsertContext,
  container: JsonNode,
  index: number,
  value: unknown,
  key?: string,
): TextEdit {
  const { text, style, lookOf } = ctx
  const kids = container.children ?? []
  const unit = indentUnitAround(text, container, style)
  // A new property's container value is written like the file's other containers under that key.
  const look = key !== undefined && isContainerValue(value) ? lookOf(key) : undefined
  const member = (v: string): string => (key === undefined ? v : JSON.stringify(key) + style.colon + v)
  if (kids.length === 0) {
    const base = lineIndentAt(text, container.offset)
    const holder = container.parent?.type === 'property' ? container.parent.parent : container.parent
    const holderKey =
      container.parent?.type === 'property' ? container.parent.children?.[0]?.value : undefined
    const holderLook = typeof holderKey === 'string' ? lookOf(holderKey) : undefined
    const scalarItem = key === undefined && !isContainerValue(value)
    const inline =
      style.minified ||
      (holderLook?.inline ?? (scalarItem && style.inlineScalarArrays)) ||
      (holder !== undefined && isSingleLine(text, holder))
    const inner = inline ? '' : base + unit
    const itemInline =
      inline || (key === undefined && (holderLook?.itemsInline ?? false)) || look?.inline === true
    const placement = { base: inner, unit, inline: itemInline, itemsInline: look?.itemsInline, lookOf }
    const body = member(serialize(value, style, placement))
    const content = inline ? body : style.eol + inner + body + style.eol + base
    return { offset: container.offset + 1, length: container.length - 2, content }
  }
  const near = Math.min(index, kids.length - 1)
  const sibling = kids[near]!
  const siblingValue = key === undefined ? sibling : sibling.children?.[1]
  const oneLine = isSingleLine(text, container)
  const inline =
    style.minified ||
    oneLine ||
    (key === undefined && isContainer(siblingValue) && isSingleLine(text, siblingValue)) ||
    look?.inline === true
  const base = oneLine ? lineIndentAt(text, sibling.offset) : indentOfItems(text, container, near)
  const body = member(serialize(value, style, { base, unit, inline, itemsInline: look?.itemsInline, lookOf }))
  const separator = separatorIn(ctx, container, near)
  return index >= kids.length
    ? { offset: end(sibling), length: 0, content: separator + body }
    : { offset: sibling.offset, length: 0, content: body + separator }
}
