/**
 * Shared types of the document core. The JSON text is the source of truth (DESIGN.md §2.1);
 * everything here is derived from it and every edit is expressed as text edits.
 */
import type { Node as JsonNode } from 'jsonc-parser'

/** A path into the JSON value, e.g. `['jobs', 3, 'timeout']`. */
export type JsonPath = (string | number)[]

/** Half-open text range `[offset, offset + length)` in UTF-16 code units. */
export interface TextRange {
  offset: number
  length: number
}

/** A JSON syntax error, with 1-based line and column for people. */
export interface SyntaxIssue {
  message: string
  offset: number
  length: number
  line: number
  column: number
}

export interface JobModel {
  /** Position in the `jobs` array. */
  index: number
  /** The job's `id` when it is a string; undefined when missing or of another type. */
  id: string | undefined
  /** The job value as `JSON.parse` would give it (last duplicate key wins). */
  raw: unknown
  /** The string entries of `dependencies` (non-strings are dropped here; diagnostics report them). */
  dependencies: string[]
  /** Text range of the job's value in the document. */
  range: TextRange
}

/** `to` depends on `from`: the engine runs `from` first. */
export interface DependencyEdge {
  from: string
  to: string
}

export interface ConfigModel {
  /** The whole value as `JSON.parse` would give it, or what could be recovered from broken text. */
  root: unknown
  /** Top-level object without `jobs` ({} when the top level is not an object). */
  app: Record<string, unknown>
  /** The jobs (empty when `jobs` is missing or not an array). */
  jobs: JobModel[]
  /** One edge per (existing dependency, dependent job) pair, deduplicated. */
  edges: DependencyEdge[]
}

export interface ParsedDocument {
  text: string
  model: ConfigModel
  syntaxErrors: SyntaxIssue[]
  /** The jsonc-parser tree (undefined for empty text). */
  tree: JsonNode | undefined
  /** Text range of the value at an RFC 6901 JSON Pointer (`/jobs/0/id`); undefined if absent. */
  rangeOf(pointer: string): TextRange | undefined
  /** Text range of the property key at a pointer (for squiggles on keys); undefined if absent. */
  keyRangeOf(pointer: string): TextRange | undefined
  /** The deepest JSON Pointer whose value contains `offset` (`''` for the root). */
  pointerAt(offset: number): string
}

/** A replacement of `length` characters at `offset` by `content`. */
export interface TextEdit {
  offset: number
  length: number
  content: string
}

/** The result of an edit command: new text, the edits applied, and the edits that undo them. */
export interface EditResult {
  text: string
  edits: TextEdit[]
  /** Applying `inverse` to `text` gives back the original text byte for byte. */
  inverse: TextEdit[]
}
