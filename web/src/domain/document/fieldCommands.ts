/** Commands on parts of a job or of the application: dependencies, env variables, checks. */
import { DocEditor } from './editor'
import { jobIndex, type JobRef } from './jobCommands'
import type { EditResult, JsonPath } from './types'

/** `index`: the job's position, for a job whose id is duplicated (else the first job with `jobId`). */
export type EnvScope = 'app' | { jobId: string; index?: number }
export type CheckKind = 'pre_checks' | 'post_checks'
export interface CheckValue {
  name: string
  params?: Record<string, unknown>
}

/** Run `change` on the job's path; a job that does not exist leaves the text unchanged. */
function onJob(text: string, jobId: JobRef, change: (editor: DocEditor, job: JsonPath) => void): EditResult {
  const editor = new DocEditor(text)
  const index = jobIndex(editor, jobId)
  if (index >= 0) change(editor, ['jobs', index])
  return editor.result()
}

/** Append to the array at `path`, creating it (or replacing a value that is not an array). */
function append(editor: DocEditor, path: JsonPath, value: unknown): void {
  const node = editor.find(path)
  if (node?.type === 'array') editor.insertItem(path, node.children?.length ?? 0, value)
  else editor.set(path, [value])
}

export function addDependency(text: string, jobId: JobRef, dependsOn: string): EditResult {
  return onJob(text, jobId, (editor, job) => {
    const deps = editor.valueAt([...job, 'dependencies'])
    if (Array.isArray(deps) && deps.includes(dependsOn)) return
    append(editor, [...job, 'dependencies'], dependsOn)
  })
}

export function removeDependency(text: string, jobId: JobRef, dependsOn: string): EditResult {
  return onJob(text, jobId, (editor, job) => {
    const deps = editor.valueAt([...job, 'dependencies'])
    const node = editor.find([...job, 'dependencies'])
    if (!Array.isArray(deps) || !node) return
    editor.removeChildren(
      node,
      deps.flatMap((dep, k) => (dep === dependsOn ? [k] : [])),
    )
  })
}

function envPath(editor: DocEditor, scope: EnvScope, name: string): JsonPath | undefined {
  if (scope === 'app') return ['env_variables', name]
  const index = jobIndex(
    editor,
    scope.index === undefined ? scope.jobId : { index: scope.index, id: scope.jobId },
  )
  return index < 0 ? undefined : ['jobs', index, 'env_variables', name]
}

export function setEnvVar(text: string, scope: EnvScope, name: string, value: string): EditResult {
  const editor = new DocEditor(text)
  const path = envPath(editor, scope, name)
  if (path) editor.set(path, value)
  return editor.result()
}

export function unsetEnvVar(text: string, scope: EnvScope, name: string): EditResult {
  const editor = new DocEditor(text)
  const path = envPath(editor, scope, name)
  if (path) editor.remove(path)
  return editor.result()
}

const checkValue = (check: CheckValue): CheckValue =>
  check.params === undefined ? { name: check.name } : { name: check.name, params: check.params }

export function addCheck(text: string, jobId: JobRef, kind: CheckKind, check: CheckValue): EditResult {
  return onJob(text, jobId, (editor, job) => append(editor, [...job, kind], checkValue(check)))
}

export function updateCheck(
  text: string,
  jobId: JobRef,
  kind: CheckKind,
  index: number,
  check: CheckValue,
): EditResult {
  return onJob(text, jobId, (editor, job) => {
    if (editor.find([...job, kind, index])) editor.set([...job, kind, index], checkValue(check))
  })
}

export function removeCheck(text: string, jobId: JobRef, kind: CheckKind, index: number): EditResult {
  return onJob(text, jobId, (editor, job) => editor.remove([...job, kind, index]))
}
