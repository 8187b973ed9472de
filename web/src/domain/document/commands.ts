/**
 * Edit commands. Every command takes the current text and returns an EditResult made of minimal text
 * edits placed and formatted like their surroundings (indentation, line endings, one-line files), never
 * a re-serialisation; unchanged text gives `{ text, edits: [], inverse: [] }`.
 * Jobs are addressed by id (the first job with that id) or by position (JobRef, for duplicate ids);
 * a job that does not exist leaves the text unchanged. Nothing that writes into `jobs` replaces a
 * `jobs` (or a top level) of another shape: jobsShape.ts refuses it with the reason. Values are set structurally: setting an object or array changes only the members that
 * differ, so key order, unknown and `_`-prefixed keys and the untouched text stay as they were.
 */
import { DocEditor } from './editor'
import type { EditResult, JsonPath } from './types'

export type { CheckKind, CheckValue, EnvScope } from './fieldCommands'
export {
  addCheck,
  addDependency,
  removeCheck,
  removeDependency,
  setEnvVar,
  unsetEnvVar,
  updateCheck,
} from './fieldCommands'
export { addJob, duplicateJob, pasteJobs, removeJobs, renameJob, type JobRef } from './jobCommands'
export { jobsObjectToList, jobsProblem, renameJobIdKeys, wrapRootList, type JobsProblem } from './jobsShape'

/** Set any value (scalar, array, object), creating missing parent objects. */
export function setValue(text: string, path: JsonPath, value: unknown): EditResult {
  const editor = new DocEditor(text)
  editor.set(path, value)
  return editor.result()
}

/** Remove a property or array element. No-op result if absent. */
export function removeValue(text: string, path: JsonPath): EditResult {
  const editor = new DocEditor(text)
  editor.remove(path)
  return editor.result()
}
