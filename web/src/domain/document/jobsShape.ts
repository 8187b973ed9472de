/**
 * The shape of the config around its jobs, as ONE verdict every view shows the same way (sidebar
 * header and list, canvas, status bar), and the guard every command that writes into `jobs` passes
 * first: a command never replaces a `jobs` that holds something (an object, a string) or a top level
 * that is not an object: that would drop the user's data without a word.
 *
 * Where a repair is lossless it is offered as an explicit, undoable quick fix:
 * - `jobs` is an object of jobs keyed by id → a list, each key becoming the job's `id`;
 * - jobs that name their id `job_id` (and have no `id`) → the key renamed to `id`;
 * - the top level is a list of jobs → wrapped as `{"jobs": [...]}` (the list's text untouched).
 */
import type { Node as JsonNode } from 'jsonc-parser'
import { DocEditor } from './editor'
import { insertEdit } from './insertion'
import { end } from './nodeEdits'
import type { ConfigModel, EditResult, TextEdit } from './types'
import { isPlainObject } from './value'

export interface JobsFix {
  title: string
  apply: (text: string) => EditResult
}

/** Why the jobs cannot be shown (or edited) as a list; null when they can. */
export interface JobsProblem {
  code: 'root-not-object' | 'jobs-not-list' | 'jobs-without-id'
  /** One or two sentences, the same everywhere. */
  message: string
  /** A few words for tight places (status bar). */
  short: string
  /** Commands that add jobs are refused while this problem lasts. */
  blocksAdding: boolean
  fix?: JobsFix
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

const plural = (n: number, word: string, words = word + 's') => `${n} ${n === 1 ? word : words}`

/** `jobs` as the engine needs it: absent or null (a first job creates the list) or a list. */
export function jobsProblem(model: ConfigModel): JobsProblem | null {
  const root = model.root
  if (root === undefined) return null
  if (!isPlainObject(root)) {
    const jobsLike = Array.isArray(root) && root.length > 0 && root.every(isPlainObject)
    return {
      code: 'root-not-object',
      message: jobsLike
        ? `The file is a bare list of ${plural(root.length, 'job')}; the engine needs an object with "working_dir" and "jobs".`
        : `The top level is ${typeName(root)}; the engine needs an object with "working_dir" and "jobs".`,
      short: 'Not a config object',
      blocksAdding: true,
      fix: jobsLike ? { title: 'Wrap the list as "jobs" of a config', apply: wrapRootList } : undefined,
    }
  }
  const jobs = root.jobs
  if (jobs !== undefined && jobs !== null && !Array.isArray(jobs)) {
    const entries = isPlainObject(jobs) ? Object.keys(jobs).length : 0
    const what = isPlainObject(jobs)
      ? `an object with ${plural(entries, 'entry', 'entries')}`
      : typeName(jobs)
    return {
      code: 'jobs-not-list',
      message: `"jobs" is ${what}, not a list; the engine needs a list of jobs. Jobs can be added once it is one.`,
      short: '"jobs" is not a list',
      blocksAdding: true,
      fix: convertibleJobsObject(jobs)
        ? { title: `Convert to a list (${plural(entries, 'key')} → "id")`, apply: jobsObjectToList }
        : undefined,
    }
  }
  const idless = model.jobs.filter((j) => j.id === undefined)
  if (idless.length === 0) return null
  const renamable = idless.filter(
    (j) => isPlainObject(j.raw) && !('id' in j.raw) && typeof j.raw.job_id === 'string',
  )
  const of = idless.length === model.jobs.length ? '' : ` of ${model.jobs.length}`
  return {
    code: 'jobs-without-id',
    message:
      renamable.length > 0
        ? `${plural(idless.length, 'job')}${of} have no "id" (they use "job_id"); the engine refuses them and the canvas cannot draw them.`
        : `${plural(idless.length, 'job')}${of} have no string "id"; the engine refuses them and the canvas cannot draw them.`,
    short: `${plural(idless.length, 'job')} without "id"`,
    blocksAdding: false,
    fix:
      renamable.length > 0
        ? { title: `Rename "job_id" to "id" in ${plural(renamable.length, 'job')}`, apply: renameJobIdKeys }
        : undefined,
  }
}

/** Throws (with the message the user sees) unless jobs can be appended without dropping anything. */
export function assertCanAddJobs(editor: DocEditor): void {
  const root = editor.tree
  if (root && root.type !== 'object') {
    throw new Error(`the top level of the file is ${typeName(editor.valueAt([]))}, not a config object`)
  }
  const jobs = editor.find(['jobs'])
  if (!jobs || jobs.type === 'array' || jobs.type === 'null') return
  const hint = jobs.type === 'object' ? ' Convert it to a list first (quick fix in the jobs list).' : ''
  throw new Error(
    `"jobs" is ${typeName(editor.valueAt(['jobs']))}, not a list; adding a job would replace it.${hint}`,
  )
}

/** Every value a job object whose own `id`, if any, is its key: converting loses nothing. */
function convertibleJobsObject(jobs: unknown): boolean {
  if (!isPlainObject(jobs)) return false
  const values = Object.entries(jobs)
  return (
    values.length > 0 &&
    values.every(([key, job]) => isPlainObject(job) && (!('id' in job) || job.id === key))
  )
}

/** `{"extract": {...}}` → `[{"id": "extract", ...}]`, each job's own text kept. */
export function jobsObjectToList(text: string): EditResult {
  const editor = new DocEditor(text)
  const node = editor.find(['jobs'])
  if (node?.type !== 'object' || !convertibleJobsObject(editor.valueAt(['jobs'])))
    throw new Error('"jobs" is not an object of jobs keyed by id')
  const edits: TextEdit[] = [
    { offset: node.offset, length: 1, content: '[' },
    { offset: end(node) - 1, length: 1, content: ']' },
  ]
  const context = { text, style: editor.style, lookOf: () => undefined }
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? []
    if (!key || !value) continue
    edits.push({ offset: key.offset, length: value.offset - key.offset, content: '' })
    if (!hasProperty(value, 'id')) edits.push(insertEdit(context, value, 0, key.value, 'id'))
  }
  editor.applyAll(edits)
  return editor.result()
}

function hasProperty(node: JsonNode, key: string): boolean {
  return (node.children ?? []).some((p) => p.children?.[0]?.value === key)
}

/** The `job_id` key of each job without `id` renamed in place to `id` (value and position kept). */
export function renameJobIdKeys(text: string): EditResult {
  const editor = new DocEditor(text)
  const jobs = editor.find(['jobs'])
  const edits: TextEdit[] = []
  for (const job of jobs?.type === 'array' ? (jobs.children ?? []) : []) {
    if (job.type !== 'object' || hasProperty(job, 'id')) continue
    const property = (job.children ?? []).find(
      (p) => p.children?.[0]?.value === 'job_id' && p.children?.[1]?.type === 'string',
    )
    const key = property?.children?.[0]
    if (key) edits.push({ offset: key.offset, length: key.length, content: '"id"' })
  }
  editor.applyAll(edits)
  return editor.result()
}

/** A top-level list of jobs → `{"jobs": [...]}`, the list's own text kept byte for byte. */
export function wrapRootList(text: string): EditResult {
  const editor = new DocEditor(text)
  const root = editor.tree
  if (root?.type !== 'array') throw new Error('the top level is not a list')
  const { eol, indentUnit, colon, minified } = editor.style
  const open = minified ? `{"jobs"${colon}` : `{${eol}${indentUnit}"jobs"${colon}`
  editor.applyAll([
    { offset: root.offset, length: 0, content: open },
    { offset: end(root), length: 0, content: minified ? '}' : `${eol}}` },
  ])
  return editor.result()
}
