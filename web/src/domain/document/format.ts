/**
 * Formatting detection: how a file writes its JSON, so that inserted text looks like its surroundings.
 * Everything is measured on the file itself; defaults apply only where the file gives no evidence.
 */
import type { Node as JsonNode } from 'jsonc-parser'

export interface FileStyle {
  /** Line ending used by the file (`\r\n` when CRLF dominates). */
  eol: string
  /** The whole value is written on one line: every insertion stays on that line. */
  minified: boolean
  /** The dominant indentation step ('  ', '    ', '\t'…). */
  indentUnit: string
  /** Text between a key and its value, e.g. `: ` or `:`. */
  colon: string
  /** Separator between items of a one-line container, e.g. `, ` or `,`. */
  inlineComma: string
  /** Arrays of scalars are written on one line (`["a", "b"]`) rather than one item per line. */
  inlineScalarArrays: boolean
}

export function isContainer(node: JsonNode | undefined): node is JsonNode {
  return node?.type === 'object' || node?.type === 'array'
}

const end = (node: JsonNode): number => node.offset + node.length

/** True when the container's text spans no line break. */
export function isSingleLine(text: string, node: JsonNode): boolean {
  return !text.slice(node.offset, end(node)).includes('\n')
}

/** Leading whitespace of the line holding `offset`. */
export function lineIndentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  let stop = start
  while (stop < text.length && (text[stop] === ' ' || text[stop] === '\t')) stop++
  return text.slice(start, stop)
}

export function detectEol(text: string): string {
  let crlf = 0
  let lf = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text[i - 1] === '\r') crlf++
    else lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}

/** The most frequent increase of indentation between consecutive non-blank lines. */
function detectIndentUnit(text: string): string {
  const counts = new Map<string, number>()
  let previous = ''
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const indent = /^[ \t]*/.exec(line)![0]
    if (indent.length > previous.length && indent.startsWith(previous)) {
      const step = indent.slice(previous.length)
      counts.set(step, (counts.get(step) ?? 0) + 1)
    }
    previous = indent
  }
  let best = '  '
  let bestCount = 0
  for (const [step, count] of counts) {
    if (count > bestCount) [best, bestCount] = [step, count]
  }
  return best
}

function walk(node: JsonNode, visit: (node: JsonNode) => void): void {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

export function detectStyle(text: string, tree: JsonNode | undefined): FileStyle {
  const style: FileStyle = {
    eol: detectEol(text),
    minified: false,
    indentUnit: detectIndentUnit(text),
    colon: ': ',
    inlineComma: ', ',
    inlineScalarArrays: true,
  }
  if (!tree) return style
  style.minified = isContainer(tree) && (tree.children?.length ?? 0) > 0 && isSingleLine(text, tree)
  let colonFound = false
  let commaFound = false
  let inlineArrays = 0
  let blockArrays = 0
  walk(tree, (node) => {
    const kids = node.children ?? []
    if (node.type === 'property' && !colonFound && kids.length === 2) {
      style.colon = text.slice(end(kids[0]!), kids[1]!.offset).replace(/[\r\n]+[ \t]*/g, ' ')
      colonFound = true
    }
    if (isContainer(node) && kids.length >= 2 && !commaFound && isSingleLine(text, node)) {
      style.inlineComma = text.slice(end(kids[0]!), kids[1]!.offset)
      commaFound = true
    }
    if (node.type === 'array' && kids.length > 0 && kids.every((k) => !isContainer(k))) {
      if (isSingleLine(text, node)) inlineArrays++
      else blockArrays++
    }
  })
  if (!commaFound && style.minified) style.inlineComma = style.colon.trim() === style.colon ? ',' : ', '
  style.inlineScalarArrays = inlineArrays >= blockArrays
  return style
}

/** True when only spaces or tabs precede `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset))
}

/**
 * The indentation most of a container's items are written with (items that begin their own line),
 * so one odd line (a stray tab) does not decide how new items look. Undefined for one-line containers.
 */
export function itemIndent(text: string, container: JsonNode): string | undefined {
  const counts = new Map<string, number>()
  for (const child of container.children ?? []) {
    if (!startsLine(text, child.offset)) continue
    const indent = lineIndentAt(text, child.offset)
    counts.set(indent, (counts.get(indent) ?? 0) + 1)
  }
  let best: string | undefined
  let bestCount = 0
  for (const [indent, count] of counts) {
    if (count > bestCount) [best, bestCount] = [indent, count]
  }
  return best
}

/**
 * The indentation step used around `node`: measured on the items of the nearest enclosing container
 * written one item per line (so the region's own step wins in a mixed file), else the file's dominant step.
 */
export function indentUnitAround(text: string, node: JsonNode | undefined, style: FileStyle): string {
  for (let n = node; n; n = n.parent) {
    if (!isContainer(n)) continue
    const inner = itemIndent(text, n)
    const outer = lineIndentAt(text, n.offset)
    if (inner !== undefined && inner.length > outer.length && inner.startsWith(outer)) {
      return inner.slice(outer.length)
    }
  }
  return style.indentUnit
}

/** How a file writes a container: on one line, or one item per line with each item on one line. */
export interface ContainerLook {
  inline: boolean
  itemsInline: boolean
}

/** Keys written alike: a new `pre_checks` looks like the file's `post_checks`. */
const KEY_FAMILY: Record<string, string> = { pre_checks: 'checks', post_checks: 'checks' }
const familyOf = (key: string): string => KEY_FAMILY[key] ?? key

/**
 * How the file writes the first non-empty container under the same key (e.g. one-line
 * `"env_variables": {"A": "1"}` or checks one per line), so a new one looks the same.
 */
export function lookOfKey(text: string, tree: JsonNode | undefined, key: string): ContainerLook | undefined {
  let look: ContainerLook | undefined
  const family = familyOf(key)
  if (tree) {
    walk(tree, (node) => {
      const [k, v] = node.children ?? []
      if (look || node.type !== 'property' || typeof k?.value !== 'string' || familyOf(k.value) !== family)
        return
      if (!isContainer(v) || !v.children?.length) return
      const items = v.children.map((c) => (c.type === 'property' ? c.children?.[1] : c))
      const containers = items.filter(isContainer)
      look = {
        inline: isSingleLine(text, v),
        itemsInline: containers.length > 0 && containers.every((c) => isSingleLine(text, c)),
      }
    })
  }
  return look
}
