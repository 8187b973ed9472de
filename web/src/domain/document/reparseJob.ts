/**
 * The parse of a text after an edit inside one job, from the parse before it: only that job's text
 * is parsed again.
 *
 * Typing in the JSON pane of a 1000-job file (~500 KB) re-parsed the whole text on every keystroke:
 * 25-40 ms of the ~100 ms a keystroke may take to reach the canvas (issue 5, bench profile). Almost
 * every keystroke lands inside one job's object, so the new parse copies the previous one, swaps in
 * the job parsed from its new text, and shifts the ranges of the jobs after it. Other jobs keep their
 * models and values (views keyed on them need not redo anything). The jsonc-parser tree (for ranges,
 * completion and the diagnostics) is built from the whole text when first asked for, which the
 * diagnostics do once edits pause; pointers inside the edited job are answered from its own tree.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { dependencyEdges, jobModel, pointerAtOffset, treeLookups } from './parse'
import { STRICT_JSON, strictTree } from './strictTree'
import { isPlainObject, plainValue } from './value'
import type { JobModel, ParsedDocument, TextEdit } from './types'

/**
 * Whether a parse can be the start of an incremental one: valid JSON whose top level is an object
 * with ONE `jobs` array (with a duplicate key, the job ranges and the job values come from different
 * arrays). Parses made here qualify by construction: their edit stayed inside one job.
 */
const startable = new WeakMap<ParsedDocument, boolean>()

function canStartFrom(prev: ParsedDocument): boolean {
  let ok = startable.get(prev)
  if (ok === undefined) {
    const root = prev.model.root
    const jobsKeys = prev.tree?.children?.filter((p) => p.children?.[0]?.value === 'jobs').length
    ok =
      prev.syntaxErrors.length === 0 &&
      isPlainObject(root) &&
      Array.isArray(root.jobs) &&
      prev.tree?.type === 'object' &&
      jobsKeys === 1
    startable.set(prev, ok)
  }
  return ok
}

/** The index of the job whose braces strictly enclose the edited span, or -1. */
function jobEnclosing(jobs: readonly JobModel[], edit: TextEdit): number {
  let lo = 0
  let hi = jobs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (jobs[mid]!.range.offset < edit.offset) lo = mid
    else hi = mid - 1
  }
  const range = jobs[lo]?.range
  if (!range || range.length === 0) return -1
  // The opening and closing characters stay: the job's text is still one value in the same place.
  return edit.offset > range.offset && edit.offset + edit.length < range.offset + range.length ? lo : -1
}

/**
 * The parse of `text`, which is `prev.text` with `edit` applied, or null when the edit is not inside
 * one job or leaves that job's text invalid (the caller parses the whole text then, which also gives
 * the syntax errors).
 */
export function reparseJob(prev: ParsedDocument, edit: TextEdit, text: string): ParsedDocument | null {
  const delta = edit.content.length - edit.length
  if (text.length !== prev.text.length + delta || !canStartFrom(prev)) return null
  const index = jobEnclosing(prev.model.jobs, edit)
  if (index < 0) return null
  const { offset, length: before } = prev.model.jobs[index]!.range
  const length = before + delta
  const errors: ParseError[] = []
  const jobTree = parseTree(text.slice(offset, offset + length), errors, STRICT_JSON)
  if (errors.length > 0 || jobTree?.type !== 'object' || jobTree.length !== length) return null

  const job = jobModel(plainValue(jobTree), index, { offset, length })
  const jobs = prev.model.jobs.map((j, i) =>
    i < index
      ? j
      : i === index
        ? job
        : { ...j, range: { offset: j.range.offset + delta, length: j.range.length } },
  )
  const prevRoot = prev.model.root as Record<string, unknown>
  const rawJobs = [...(prevRoot.jobs as unknown[])]
  rawJobs[index] = job.raw
  // The same keys in the same order (an existing key keeps its place when set again).
  const root: Record<string, unknown> = { ...prevRoot, jobs: rawJobs }

  let tree: JsonNode | undefined | null = null
  const treeOf = () => (tree === null ? (tree = strictTree(text).tree) : tree)
  const lookups = treeLookups(treeOf)
  const next: ParsedDocument = {
    text,
    model: { root, app: prev.model.app, jobs, edges: dependencyEdges(jobs) },
    syntaxErrors: [],
    get tree() {
      return treeOf()
    },
    ...lookups,
    pointerAt(at) {
      // Inside the job, its own tree answers as the whole one would (same nodes, shifted).
      if (at > offset && at < offset + length) return `/jobs/${index}${pointerAtOffset(jobTree, at - offset)}`
      return lookups.pointerAt(at)
    },
  }
  startable.set(next, true)
  return next
}
