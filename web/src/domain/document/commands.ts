/**
 * STUB with the agreed signatures — the document-core work replaces the bodies.
 * Every command takes the current text and returns an EditResult made of minimal text edits
 * (jsonc-parser `modify` with the file's own formatting), never a re-serialisation.
 * Jobs are addressed by id (the first job with that id).
 */
import type { EditResult, JsonPath } from './types'

export type EnvScope = 'app' | { jobId: string }
export type CheckKind = 'pre_checks' | 'post_checks'
export interface CheckValue {
  name: string
  params?: Record<string, unknown>
}

const todo = (): never => {
  throw new Error('not implemented yet')
}

/** Set any value (scalar, array, object), creating missing parent objects. */
export function setValue(_text: string, _path: JsonPath, _value: unknown): EditResult {
  return todo()
}
/** Remove a property or array element. No-op result if absent. */
export function removeValue(_text: string, _path: JsonPath): EditResult {
  return todo()
}
/** Append a job (creates `jobs` if missing). Its id is `fields.id` or the first free `job_N`. */
export function addJob(_text: string, _fields?: Record<string, unknown>): EditResult & { id: string } {
  return todo()
}
/** Insert a copy right after the job, with a unique id (`extract_copy`, `extract_copy_2`…). */
export function duplicateJob(_text: string, _id: string): EditResult & { id: string } {
  return todo()
}
/** Remove jobs and drop them from every other job's `dependencies`. */
export function removeJobs(_text: string, _ids: readonly string[]): EditResult {
  return todo()
}
/** Rename a job id and update every reference in other jobs' `dependencies`. */
export function renameJob(_text: string, _from: string, _to: string): EditResult {
  return todo()
}
/** Make `jobId` depend on `dependsOn` (no-op if it already does). */
export function addDependency(_text: string, _jobId: string, _dependsOn: string): EditResult {
  return todo()
}
export function removeDependency(_text: string, _jobId: string, _dependsOn: string): EditResult {
  return todo()
}
export function setEnvVar(_text: string, _scope: EnvScope, _name: string, _value: string): EditResult {
  return todo()
}
export function unsetEnvVar(_text: string, _scope: EnvScope, _name: string): EditResult {
  return todo()
}
export function addCheck(_text: string, _jobId: string, _kind: CheckKind, _check: CheckValue): EditResult {
  return todo()
}
export function updateCheck(
  _text: string,
  _jobId: string,
  _kind: CheckKind,
  _index: number,
  _check: CheckValue,
): EditResult {
  return todo()
}
export function removeCheck(_text: string, _jobId: string, _kind: CheckKind, _index: number): EditResult {
  return todo()
}
/** Paste job objects (copy/paste): ids made unique, dependencies among the pasted jobs remapped. */
export function pasteJobs(_text: string, _jobs: readonly unknown[]): EditResult & { ids: string[] } {
  return todo()
}
