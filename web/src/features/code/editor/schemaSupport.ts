/**
 * Schema completion and hover docs for the JSON editor, read from the config's JSON Schema.
 * Completion offers the keys an object may still take, the values a field accepts (enums, booleans,
 * defaults, examples) and, for `dependencies`, the ids of the other jobs.
 */
import { snippet, type Completion, type CompletionSource } from '@codemirror/autocomplete'
import type { EditorView } from '@codemirror/view'
import { hoverTooltip } from '@codemirror/view'
import type { Extension } from '@codemirror/state'
import { findNodeAtLocation, findNodeAtOffset, getNodePath } from 'jsonc-parser'
import type { Node as JsonNode } from 'jsonc-parser'
import type { ParsedDocument } from '@/domain/document/types'
import {
  docOf,
  propertiesOf,
  schemasAt,
  typesOf,
  valueSuggestions,
  type SchemaNode,
} from '../schema/schemaWalk'
import { renderSchemaDoc } from './schemaDocs'
import { locationAt } from './jsonLocation'

export interface SchemaSupportOptions {
  /** The schema, or null while it is not available (then completion and hover stay silent). */
  schema: () => SchemaNode | null
  /** The parse of the editor's current text. */
  parsed: (text: string) => ParsedDocument
}

const SCALAR = new Set(['string', 'number', 'boolean', 'null'])

function valueTemplate(types: string[]): string {
  if (types.length !== 1) return '#{}'
  switch (types[0]) {
    case 'string':
      return '"#{}"'
    case 'array':
      return '[#{}]'
    case 'object':
      return '{#{}}'
    case 'boolean':
      return '#{false}'
    default:
      return '#{}'
  }
}

/** Where the word being completed starts: at its opening quote, if any. */
function wordStart(node: JsonNode | undefined, pos: number): number | null {
  // getLocation (jsonLocation.ts) reports a key being typed as a node of type 'property' spanning the key string.
  if (!node || !(SCALAR.has(node.type) || node.type === 'property')) return null
  return pos >= node.offset && pos <= node.offset + node.length ? node.offset : null
}

/**
 * Replace up to the cursor plus the rest of the word and its closing quote (auto-closing puts one
 * after the cursor), so the matcher compares only what was typed (`"ti`) and no stray text remains.
 */
function withClosingQuote(
  insert: (view: EditorView, completion: Completion, from: number, to: number) => void,
) {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    const rest = /^[\w$.-]*"?/.exec(view.state.sliceDoc(to, to + 200))?.[0] ?? ''
    insert(view, completion, from, to + rest.length)
  }
}

function plainText(text: string) {
  return withClosingQuote((view, _completion, from, to) =>
    view.dispatch({
      changes: { from, to, insert: text },
      selection: { anchor: from + text.length },
      userEvent: 'input.complete',
    }),
  )
}

function keyCompletions(
  root: SchemaNode,
  parsed: ParsedDocument,
  objectPath: (string | number)[],
  after: string,
) {
  const object = parsed.tree ? findNodeAtLocation(parsed.tree, objectPath) : undefined
  const present = new Set((object?.children ?? []).map((p) => p.children?.[0]?.value as string))
  const hasColon = /^\s*:/.test(after)
  return propertiesOf(root, schemasAt(root, objectPath, parsed.model.root))
    .filter((p) => !present.has(p.name))
    .map((p): Completion => {
      const doc = docOf(root, [p.schema])
      const types = typesOf(root, [p.schema])
      const base = {
        label: `"${p.name}"`,
        displayLabel: p.name,
        detail: types.join(' | '),
        type: 'property',
        info: doc ? () => renderSchemaDoc(p.name, doc) : undefined,
        boost: doc?.ignored || doc?.noEffect ? -10 : 0,
      }
      const apply = hasColon
        ? plainText(`"${p.name}"`)
        : withClosingQuote(snippet(`"${p.name}": ${valueTemplate(types)}`))
      return { ...base, apply }
    })
}

function valueCompletions(root: SchemaNode, parsed: ParsedDocument, path: (string | number)[]) {
  const values = valueSuggestions(root, schemasAt(root, path, parsed.model.root))
  const options: Completion[] = values.map((v) => ({
    label: JSON.stringify(v),
    type: 'constant',
    apply: plainText(JSON.stringify(v)),
  }))
  if (path.length === 4 && path[0] === 'jobs' && path[2] === 'dependencies') {
    const self = parsed.model.jobs[path[1] as number]?.id
    for (const job of parsed.model.jobs) {
      if (job.id !== undefined && job.id !== self)
        options.push({ label: JSON.stringify(job.id), type: 'variable', detail: 'job' })
    }
  }
  return options
}

export function schemaCompletion(options: SchemaSupportOptions): CompletionSource {
  return (context) => {
    const root = options.schema()
    if (!root) return null
    const location = locationAt(context.state, context.pos)
    const start = wordStart(location.previousNode, context.pos)
    const word = context.matchBefore(/"?[\w$.-]*/)
    const from = start ?? word?.from ?? context.pos
    // Pop up by itself only once something is typed (a quote or a letter), never on a bare comma.
    if (!context.explicit && from === context.pos) return null
    const text = context.state.doc.toString()
    const parsed = options.parsed(text)
    // A key typed where a comma is still missing is not flagged as a key by getLocation.
    const atKey = location.isAtPropertyKey || (start !== null && location.previousNode?.type === 'property')
    const keyEnd =
      start !== null ? location.previousNode!.offset + location.previousNode!.length : context.pos
    const completions = atKey
      ? keyCompletions(root, parsed, location.path.slice(0, -1), text.slice(keyEnd))
      : valueCompletions(root, parsed, location.path)
    if (completions.length === 0) return null
    return { from, options: completions, validFor: /^"?[\w$.-]*$/ }
  }
}

export function schemaHover(options: SchemaSupportOptions): Extension {
  return hoverTooltip((view, pos) => {
    const root = options.schema()
    if (!root) return null
    const parsed = options.parsed(view.state.doc.toString())
    const node = parsed.tree ? findNodeAtOffset(parsed.tree, pos, false) : undefined
    if (!node || !SCALAR.has(node.type)) return null
    const path = getNodePath(node)
    const doc = docOf(root, schemasAt(root, path, parsed.model.root))
    if (!doc) return null
    const key = typeof path.at(-1) === 'string' ? (path.at(-1) as string) : null
    return {
      pos: node.offset,
      end: node.offset + node.length,
      above: true,
      create: () => ({ dom: renderSchemaDoc(key, doc) }),
    }
  })
}
