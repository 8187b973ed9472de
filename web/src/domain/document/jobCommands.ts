/**
 * Commands on whole jobs: add, duplicate, paste, remove, rename. Jobs are addressed by id (first
 * match) or, where ids may collide (a broken file with duplicate ids), by position: a JobRef.
 */
import { DocEditor } from './editor'
import { assertCanAddJobs } from './jobsShape'
import { removeChildrenEdits } from './nodeEdits'
import type { EditResult } from './types'
import { isPlainObject } from './value'

export function jobList(editor: DocEditor): unknown[] {
  const jobs = editor.valueAt(['jobs'])
  return Array.isArray(jobs) ? jobs : []
}

export function jobIds(editor: DocEditor): string[] {
  return jobList(editor).flatMap((job) => (isPlainObject(job) && typeof job.id === 'string' ? [job.id] : []))
}

/** A job by id (the first job with that id), or by position (checked against its id when given). */
export type JobRef = string | { index: number; id?: string }

/** Index of the job `ref` names, -1 if none. */
export function jobIndex(editor: DocEditor, ref: JobRef): number {
  const jobs = jobList(editor)
  if (typeof ref === 'string') return indexIn(jobs, ref)
  const job = jobs[ref.index]
  if (ref.index < 0 || !isPlainObject(job)) return -1
  return ref.id === undefined || job.id === ref.id ? ref.index : -1
}

const indexIn = (jobs: unknown[], id: string): number =>
  jobs.findIndex((job) => isPlainObject(job) && job.id === id)
const dependenciesOf = (job: unknown): unknown[] =>
  isPlainObject(job) && Array.isArray(job.dependencies) ? job.dependencies : []

/** The job with this id: in place of its own `id` key, else first. */
function withId(job: Record<string, unknown>, id: string): Record<string, unknown> & { id: string } {
  return Object.hasOwn(job, 'id') ? { ...job, id } : { id, ...job }
}

function freeJobNumber(taken: Set<string>): string {
  let n = 1
  while (taken.has('job_' + n)) n++
  return 'job_' + n
}

/** `id` if free, else `id_copy`, `id_copy_2`, `id_copy_3`… */
function freeCopyId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id
  if (!taken.has(id + '_copy')) return id + '_copy'
  let n = 2
  while (taken.has(id + '_copy_' + n)) n++
  return id + '_copy_' + n
}

/** Append jobs, creating `jobs` when it is missing or null; anything else in its place is refused. */
function appendJobs(editor: DocEditor, jobs: unknown[]): void {
  assertCanAddJobs(editor)
  const node = editor.find(['jobs'])
  if (node?.type !== 'array') return editor.set(['jobs'], jobs)
  jobs.forEach((job, i) => editor.insertItem(['jobs'], (node.children?.length ?? 0) + i, job))
}

export function addJob(text: string, fields: Record<string, unknown> = {}): EditResult & { id: string } {
  const editor = new DocEditor(text)
  const id = typeof fields.id === 'string' ? fields.id : freeJobNumber(new Set(jobIds(editor)))
  appendJobs(editor, [withId(fields, id)])
  return { ...editor.result(), id }
}

export function duplicateJob(text: string, id: string): EditResult & { id: string } {
  const editor = new DocEditor(text)
  const index = jobIndex(editor, id)
  const node = editor.find(['jobs', index])
  if (index < 0 || !node) return { text, edits: [], inverse: [], id }
  const copyId = freeCopyId(id, new Set(jobIds(editor)))
  // Copy the job's own text, so its formatting, key order and unknown keys stay as written.
  editor.insertRawAfter(['jobs'], index, editor.sourceOf(node))
  editor.set(['jobs', index + 1, 'id'], copyId)
  return { ...editor.result(), id: copyId }
}

export function pasteJobs(text: string, jobs: readonly unknown[]): EditResult & { ids: string[] } {
  const editor = new DocEditor(text)
  const taken = new Set(jobIds(editor))
  const renamed = new Map<string, string>()
  const pasted = jobs.filter(isPlainObject).map((job) => {
    const original = typeof job.id === 'string' ? job.id : undefined
    const id = original === undefined ? freeJobNumber(taken) : freeCopyId(original, taken)
    taken.add(id)
    if (original !== undefined && !renamed.has(original)) renamed.set(original, id)
    return withId(job, id)
  })
  for (const job of pasted) {
    if (Array.isArray(job.dependencies)) {
      job.dependencies = job.dependencies.map((d) => (typeof d === 'string' ? (renamed.get(d) ?? d) : d))
    }
  }
  if (pasted.length > 0) appendJobs(editor, pasted)
  return { ...editor.result(), ids: pasted.map((job) => job.id) }
}

export function removeJobs(text: string, ids: readonly string[]): EditResult {
  const editor = new DocEditor(text)
  const jobs = jobList(editor)
  const jobsNode = editor.find(['jobs'])
  const removed = new Set([...new Set(ids)].map((id) => indexIn(jobs, id)).filter((i) => i >= 0))
  if (!jobsNode || removed.size === 0) return editor.result()
  // References go only when no job with that id is left (ids may be duplicated in a broken file).
  const kept = jobs.filter((_, i) => !removed.has(i))
  const gone = new Set(ids.filter((id) => removed.has(indexIn(jobs, id)) && indexIn(kept, id) < 0))
  // All edits are computed on the same tree and applied at once: this stays fast on big files.
  const edits = removeChildrenEdits(jobsNode, [...removed])
  jobs.forEach((job, j) => {
    const deps = dependenciesOf(job)
    const stale = deps.flatMap((dep, k) => (typeof dep === 'string' && gone.has(dep) ? [k] : []))
    const depsNode = editor.find(['jobs', j, 'dependencies'])
    if (!removed.has(j) && stale.length > 0 && depsNode) edits.push(...removeChildrenEdits(depsNode, stale))
  })
  editor.applyAll(edits)
  return editor.result()
}

/**
 * Rename a job (the first with id `from`, or the one at `at`). References follow, unless another job
 * keeps the old id (duplicate ids): then they still name an existing job and stay as written.
 */
export function renameJob(text: string, from: string, to: string, at?: number): EditResult {
  const editor = new DocEditor(text)
  const jobs = jobList(editor)
  const index = jobIndex(editor, at === undefined ? from : { index: at, id: from })
  const idNode = editor.find(['jobs', index, 'id'])
  if (!idNode || from === to) return editor.result()
  if (indexIn(jobs, to) >= 0) throw new Error(`a job with id "${to}" already exists`)
  const edits = [editor.replaceEdit(idNode, to)]
  const stillNamed = jobs.some((job, j) => j !== index && isPlainObject(job) && job.id === from)
  if (!stillNamed)
    jobs.forEach((job, j) => {
      dependenciesOf(job).forEach((dep, k) => {
        const node = dep === from ? editor.find(['jobs', j, 'dependencies', k]) : undefined
        if (node) edits.push(editor.replaceEdit(node, to))
      })
    })
  editor.applyAll(edits)
  return editor.result()
}
