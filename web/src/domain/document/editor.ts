/**
 * A command's working copy: structural operations (set, remove, insert) on the current text, each
 * turned into one small text edit placed and formatted like its surroundings, recorded in an EditLog.
 */
import type { Node as JsonNode } from 'jsonc-parser'
import { EditLog } from './editLog'
import { detectStyle, indentUnitAround, isSingleLine, lineIndentAt, lookOfKey } from './format'
import type { ContainerLook, FileStyle } from './format'
import { insertEdit, separatorIn } from './insertion'
import { childAt, end, propertyIndices, removeChildrenEdits } from './nodeEdits'
import { serialize } from './serialize'
import { settingIndex } from './settingPlacement'
import { strictTree } from './strictTree'
import type { EditResult, JsonPath, TextEdit } from './types'
import { deepEqual, isPlainObject, nest, plainValue } from './value'

/** A file's style, per tree (i.e. per text): consecutive commands on one text measure it once. */
const styles = new WeakMap<JsonNode, FileStyle>()

/**
 * Measure a text's style ahead of the next command on it (a large file takes tens of ms), e.g. while
 * the editor is idle after showing it. Optional: a command measures it itself when needed.
 */
export function prepareEditing(text: string): void {
  const { tree, errors } = strictTree(text)
  if (tree && errors.length === 0 && !styles.has(tree)) styles.set(tree, detectStyle(text, tree))
}

export class DocEditor {
  private readonly log: EditLog
  readonly style: FileStyle
  private cachedTree: JsonNode | undefined
  private treeText: string | undefined

  constructor(text: string) {
    this.log = new EditLog(text)
    const { tree, errors } = strictTree(text)
    this.cachedTree = tree
    this.treeText = text
    // Structural edits on a half-typed file could land anywhere: the user fixes the syntax first.
    if (errors.length > 0) throw new Error('the file has JSON syntax errors; fix them in the text first')
    const known = tree && styles.get(tree)
    this.style = known ?? detectStyle(text, tree)
    if (tree && !known) styles.set(tree, this.style)
  }

  get text(): string {
    return this.log.text
  }

  get tree(): JsonNode | undefined {
    if (this.treeText !== this.text) {
      this.cachedTree = strictTree(this.text).tree
      this.treeText = this.text
    }
    return this.cachedTree
  }

  result(): EditResult {
    return this.log.result()
  }

  find(path: JsonPath): JsonNode | undefined {
    let node = this.tree
    for (const seg of path) node = node && childAt(node, seg)
    return node
  }

  valueAt(path: JsonPath): unknown {
    const node = this.find(path)
    return node ? plainValue(node) : undefined
  }

  /** Set `value` at `path`, creating missing parents and changing only what differs. */
  set(path: JsonPath, value: unknown): void {
    if (value === undefined) return this.remove(path)
    const root = this.tree
    if (!root) return this.replaceDocument(nest(path, value))
    let node = root
    let depth = 0
    for (; depth < path.length; depth++) {
      const child = childAt(node, path[depth]!)
      if (!child) break
      node = child
    }
    if (depth === path.length) return this.merge(path, node, value)
    const seg = path[depth]!
    const rest = nest(path.slice(depth + 1), value)
    const count = node.children?.length ?? 0
    if (node.type === 'object' && typeof seg === 'string') {
      this.insert(node, depth === 0 ? settingIndex(node, seg) : count, rest, seg)
    } else if (node.type === 'array' && typeof seg === 'number' && seg >= count)
      this.insert(node, count, rest)
    else if (depth === 0) throw new Error('The top level of the file is not an object')
    else this.replace(node, nest(path.slice(depth), value))
  }

  /** Remove the property (every duplicate of it) or array element at `path`; nothing if absent. */
  remove(path: JsonPath): void {
    const seg = path[path.length - 1]
    const parent = this.find(path.slice(0, -1))
    if (seg === undefined || !parent) return
    this.removeChildren(parent, typeof seg === 'string' ? propertyIndices(parent, seg) : [seg])
  }

  /** Remove several elements of one array (or properties of one object) in one go. */
  removeChildren(container: JsonNode, indices: readonly number[]): void {
    if (container.type === 'array' || container.type === 'object') {
      this.applyAll(removeChildrenEdits(container, indices))
    }
  }

  /** Edits computed on the current tree, applied together (they must not overlap). */
  applyAll(edits: readonly TextEdit[]): void {
    this.log.applyAll(edits)
  }

  /** The edit writing `value` in place of `node`, in the style of its surroundings (not applied). */
  replaceEdit(node: JsonNode, value: unknown): TextEdit {
    if (typeof value !== 'object' || value === null) {
      return { offset: node.offset, length: node.length, content: JSON.stringify(value) ?? 'null' }
    }
    const parent = node.parent?.type === 'property' ? node.parent.parent : node.parent
    const key = node.parent?.type === 'property' ? node.parent.children?.[0]?.value : undefined
    const look = typeof key === 'string' ? this.lookOf(key) : undefined
    const inline =
      this.style.minified ||
      (parent !== undefined && isSingleLine(this.text, parent)) ||
      look?.inline === true
    const placement = {
      base: lineIndentAt(this.text, node.offset),
      unit: indentUnitAround(this.text, node, this.style),
      inline,
      itemsInline: look?.itemsInline,
      lookOf: this.lookOf,
    }
    return { offset: node.offset, length: node.length, content: serialize(value, this.style, placement) }
  }

  /** Insert `value` as element `index` of the array at `path`. */
  insertItem(path: JsonPath, index: number, value: unknown): void {
    const node = this.find(path)
    if (node?.type !== 'array') throw new Error('Not an array: ' + path.join('.'))
    this.insert(node, Math.min(index, node.children?.length ?? 0), value)
  }

  /** Insert text already written in the file's style (a copy of a sibling) after element `index`. */
  insertRawAfter(path: JsonPath, index: number, raw: string): void {
    const node = this.find(path)
    const sibling = node?.children?.[index]
    if (node?.type !== 'array' || !sibling) throw new Error('No element ' + index + ' at ' + path.join('.'))
    this.log.apply({ offset: end(sibling), length: 0, content: this.separator(node, index) + raw })
  }

  sourceOf(node: JsonNode): string {
    return this.text.slice(node.offset, end(node))
  }

  private merge(path: JsonPath, node: JsonNode, value: unknown): void {
    const old = plainValue(node)
    if (deepEqual(old, value)) return
    if (node.type === 'object' && isPlainObject(value) && isPlainObject(old)) {
      for (const key of Object.keys(old)) {
        // hasOwn: a "__proto__" key must not be looked up on the prototype.
        if (!Object.hasOwn(value, key) || value[key] === undefined) this.remove([...path, key])
      }
      for (const [key, v] of Object.entries(value)) this.set([...path, key], v)
    } else if (node.type === 'array' && Array.isArray(value) && Array.isArray(old)) {
      this.mergeArray(path, old, value)
    } else this.replace(node, value)
  }

  /** Keep equal leading and trailing elements; update, remove or insert only the middle. */
  private mergeArray(path: JsonPath, old: unknown[], value: unknown[]): void {
    let head = 0
    while (head < old.length && head < value.length && deepEqual(old[head], value[head])) head++
    let tail = 0
    while (
      tail < old.length - head &&
      tail < value.length - head &&
      deepEqual(old[old.length - 1 - tail], value[value.length - 1 - tail])
    )
      tail++
    const oldMiddle = old.length - head - tail
    const newMiddle = value.length - head - tail
    const common = Math.min(oldMiddle, newMiddle)
    for (let i = head; i < head + common; i++) this.set([...path, i], value[i])
    for (let i = head + oldMiddle - 1; i >= head + common; i--) this.remove([...path, i])
    for (let i = head + common; i < head + newMiddle; i++) this.insertItem(path, i, value[i])
  }

  private replace(node: JsonNode, value: unknown): void {
    this.log.apply(this.replaceEdit(node, value))
  }

  private replaceDocument(value: unknown): void {
    if (this.text.trim() !== '') throw new Error('The file holds no JSON value to edit')
    const content = serialize(value, this.style, { base: '', unit: this.style.indentUnit, inline: false })
    this.log.apply({ offset: 0, length: this.text.length, content: content + this.style.eol })
  }

  /** How the file writes containers under `key` elsewhere (memoised per text). */
  private lookOf = (key: string): ContainerLook | undefined => {
    if (this.looksText !== this.text) [this.looks, this.looksText] = [new Map(), this.text]
    if (!this.looks.has(key)) this.looks.set(key, lookOfKey(this.text, this.tree, key))
    return this.looks.get(key)
  }
  private looks = new Map<string, ContainerLook | undefined>()
  private looksText: string | undefined

  private insert(container: JsonNode, index: number, value: unknown, key?: string): void {
    const context = { text: this.text, style: this.style, lookOf: this.lookOf }
    this.log.apply(insertEdit(context, container, index, value, key))
  }

  /** `,` plus what separates items of `container`, for raw copies. */
  private separator(container: JsonNode, near: number): string {
    return separatorIn({ text: this.text, style: this.style, lookOf: this.lookOf }, container, near)
  }
}
