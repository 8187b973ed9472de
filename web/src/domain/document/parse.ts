/**
 * Tolerant parsing: whatever the state of the text, recover as much of the model as possible,
 * keep a tree for text ranges, and report syntax errors with line and column.
 */
import { findNodeAtLocation, findNodeAtOffset, getNodePath, printParseErrorCode } from 'jsonc-parser'
import type { Node as JsonNode, ParseError } from 'jsonc-parser'
import { fromPointer, toPointer } from './pointer'
import { plainValue } from './value'
import { strictTree } from './strictTree'
import type { ConfigModel, DependencyEdge, JobModel, ParsedDocument, SyntaxIssue, TextRange } from './types'

export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/** 1-based line and column of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 }
}

function syntaxIssues(text: string, errors: readonly ParseError[]): SyntaxIssue[] {
  if (errors.length === 0) return []
  const starts = lineStarts(text)
  return errors.map((e) => ({
    message: describeParseError(printParseErrorCode(e.error)),
    offset: e.offset,
    length: e.length,
    ...lineColumn(starts, e.offset),
  }))
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'Unexpected character',
    InvalidNumberFormat: 'Invalid number',
    PropertyNameExpected: 'Property name expected',
    ValueExpected: 'Value expected',
    ColonExpected: 'Colon expected',
    CommaExpected: 'Comma expected',
    CloseBraceExpected: 'Closing brace } expected',
    CloseBracketExpected: 'Closing bracket ] expected',
    EndOfFileExpected: 'End of file expected',
    InvalidCommentToken: 'Comments are not allowed in JSON',
    UnexpectedEndOfComment: 'Unexpected end of comment',
    UnexpectedEndOfString: 'Unterminated string',
    UnexpectedEndOfNumber: 'Unexpected end of number',
    InvalidUnicode: 'Invalid unicode escape',
    InvalidEscapeCharacter: 'Invalid escape character',
    InvalidCharacter: 'Invalid character in string',
  }
  return words[code] ?? code
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A job's model from its value (as JSON.parse gives it), its place in `jobs` and its text range. */
export function jobModel(raw: unknown, index: number, range: TextRange): JobModel {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined
  const deps = isObject(raw) && Array.isArray(raw.dependencies) ? raw.dependencies : []
  return {
    index,
    id,
    raw,
    dependencies: deps.filter((d): d is string => typeof d === 'string'),
    range,
  }
}

/** One edge per (existing dependency, dependent job) pair, in job order, deduplicated. */
export function dependencyEdges(jobs: readonly JobModel[]): DependencyEdge[] {
  const ids = new Set(jobs.map((j) => j.id).filter((id): id is string => id !== undefined))
  const edges: DependencyEdge[] = []
  const seen = new Set<string>()
  for (const job of jobs) {
    if (job.id === undefined) continue
    for (const dep of job.dependencies) {
      const key = dep + '\u0000' + job.id
      if (ids.has(dep) && !seen.has(key)) {
        seen.add(key)
        edges.push({ from: dep, to: job.id })
      }
    }
  }
  return edges
}

function buildModel(root: unknown, tree: JsonNode | undefined): ConfigModel {
  if (!isObject(root)) return { root, app: {}, jobs: [], edges: [] }
  const { jobs: rawJobs, ...app } = root
  const jobsNode = tree ? findNodeAtLocation(tree, ['jobs']) : undefined
  const jobs: JobModel[] = []
  if (Array.isArray(rawJobs)) {
    rawJobs.forEach((raw, index) => {
      const node = jobsNode?.type === 'array' ? jobsNode.children?.[index] : undefined
      const range = node ? { offset: node.offset, length: node.length } : { offset: 0, length: 0 }
      jobs.push(jobModel(raw, index, range))
    })
  }
  return { root, app, jobs, edges: dependencyEdges(jobs) }
}

/** The pointer lookups of a parse, over its tree (a getter: an incremental parse builds it on demand). */
export function treeLookups(
  treeOf: () => JsonNode | undefined,
): Pick<ParsedDocument, 'rangeOf' | 'keyRangeOf' | 'pointerAt'> {
  const nodeAt = (pointer: string): JsonNode | undefined => {
    const tree = treeOf()
    return tree ? findNodeAtLocation(tree, fromPointer(pointer)) : undefined
  }
  return {
    rangeOf(pointer) {
      const node = nodeAt(pointer)
      return node ? { offset: node.offset, length: node.length } : undefined
    },
    keyRangeOf(pointer) {
      const key = nodeAt(pointer)?.parent?.children?.[0]
      return key && key.parent?.type === 'property' ? { offset: key.offset, length: key.length } : undefined
    },
    pointerAt(offset) {
      const tree = treeOf()
      return tree ? pointerAtOffset(tree, offset) : ''
    },
  }
}

/** The deepest JSON Pointer of `tree` whose value contains `offset` (tree offsets). */
export function pointerAtOffset(tree: JsonNode, offset: number): string {
  const node = findNodeAtOffset(tree, offset, true)
  if (!node) return ''
  // A key node sits inside its property: report the property's value path.
  return toPointer(getNodePath(node))
}

export function parseDocument(text: string): ParsedDocument {
  // The engine uses Python's json module: no comments, no trailing commas.
  const { tree, errors } = strictTree(text)
  const root: unknown = tree ? plainValue(tree) : undefined
  return {
    text,
    model: buildModel(root, tree),
    syntaxErrors: syntaxIssues(text, errors),
    tree,
    ...treeLookups(() => tree),
  }
}
