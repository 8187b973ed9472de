/**
 * What every rule module reads: the parsed document, the top-level object and the jobs with their
 * JSON Pointers, plus small helpers to describe values the way a user reads them.
 */
import type { ParsedDocument } from '../document/types'
import { diag } from './codes'
import type { Code, FixOffer } from './codes'
import type { Diagnostic } from './types'

export type JsonObject = Record<string, unknown>

export interface JobEntry {
  index: number
  /** `/jobs/3` */
  pointer: string
  raw: unknown
  /** The job when it is an object. */
  obj: JsonObject | undefined
  /** The id when it is a string. */
  id: string | undefined
  /** How messages name the job: `'extract'` or `at index 3`. */
  label: string
}

export interface Context {
  doc: ParsedDocument
  fileName: string | undefined
  /** The top-level object (undefined when the top level is something else). */
  app: JsonObject | undefined
  /** Jobs when `jobs` is an array, else empty. */
  jobs: JobEntry[]
  /** Job ids renamed recently (old id → new id), for "rename the reference" fixes. */
  renamedIds: ReadonlyMap<string, string>
  add(code: Code, path: string, message: string, fixes?: FixOffer): void
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function has(obj: JsonObject | undefined, key: string): boolean {
  return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key)
}

/** JSON Pointer segment escaping (RFC 6901). */
export function seg(key: string | number): string {
  return '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** `a string`, `a number`, `null`… for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'a boolean'
  return 'a string'
}

/** A short rendering of a value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

export function createContext(
  doc: ParsedDocument,
  fileName: string | undefined,
  out: Diagnostic[],
  renamedIds: ReadonlyMap<string, string> = new Map(),
): Context {
  const root = doc.model.root
  const app = isObject(root) ? root : undefined
  const jobs: JobEntry[] = []
  if (app && Array.isArray(app.jobs)) {
    app.jobs.forEach((raw: unknown, index) => {
      const obj = isObject(raw) ? raw : undefined
      const id = obj && typeof obj.id === 'string' ? obj.id : undefined
      jobs.push({
        index,
        pointer: `/jobs/${index}`,
        raw,
        obj,
        id,
        label: id !== undefined ? `'${id}'` : `at index ${index}`,
      })
    })
  }
  return {
    doc,
    fileName,
    app,
    jobs,
    renamedIds,
    add: (code, path, message, fixes) => out.push(diag(code, path, message, fixes)),
  }
}

/**
 * The value the engine uses for a job attempt parameter: the job key if present, else the
 * top-level `default_*` key, else the hard-coded default (ENGINE.md §2.1).
 */
export function effective(
  ctx: Context,
  job: JsonObject,
  key: string,
  defaultKey: string | undefined,
  builtIn: unknown,
): { value: unknown; from: 'job' | 'app' | 'engine' } {
  if (has(job, key)) return { value: job[key], from: 'job' }
  if (defaultKey && has(ctx.app, defaultKey)) return { value: ctx.app![defaultKey], from: 'app' }
  return { value: builtIn, from: 'engine' }
}

/** The number a string holds when it is nothing but a number (`"4"`, ` 600 `), else undefined. */
export function numberInString(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}
