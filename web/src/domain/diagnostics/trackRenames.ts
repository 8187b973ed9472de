/**
 * Job ids renamed in the text, remembered from one diagnosis to the next, so that a dependency
 * still naming the old id is offered "rename the reference to <new id>" (DiagnoseOptions.renamedIds).
 * Typing a new id changes it one character at a time: `extract` → `extract_` → … → `fetch_raw`
 * is one rename, `extract` → `fetch_raw`.
 */
import type { ConfigModel } from '../document/types'

/** Enough for any editing session; the oldest are forgotten first. */
const MAX_REMEMBERED = 50

/**
 * `known` updated with the jobs whose id changed at the same position between two parses of
 * valid text (same number of jobs); only renames whose old id is gone and whose new id exists are
 * kept.
 */
export function trackRenames(
  known: ReadonlyMap<string, string>,
  before: ConfigModel | undefined,
  after: ConfigModel,
): Map<string, string> {
  const next = new Map(known)
  if (before && before.jobs.length === after.jobs.length) {
    after.jobs.forEach((job, i) => {
      const old = before.jobs[i]!.id
      if (old === undefined || job.id === undefined || old === job.id) return
      // An id that was itself the result of a rename was a step of typing: extend that rename.
      let chained = false
      for (const [from, to] of next) {
        if (to !== old) continue
        next.set(from, job.id)
        chained = true
      }
      if (!chained && !next.has(old)) next.set(old, job.id)
    })
  }
  const ids = new Set(after.jobs.map((j) => j.id))
  for (const [from, to] of next) if (ids.has(from) || !ids.has(to) || from === to) next.delete(from)
  while (next.size > MAX_REMEMBERED) next.delete(next.keys().next().value!)
  return next
}

/** The renames of one open document, updated with each valid model diagnosed. */
export function renameMemory() {
  let renamed = new Map<string, string>()
  let last: ConfigModel | undefined
  return {
    /** The renames known once `model` (of valid text) is seen. */
    see(model: ConfigModel): ReadonlyMap<string, string> {
      if (model !== last) renamed = trackRenames(renamed, last, model)
      last = model
      return renamed
    },
    current: (): ReadonlyMap<string, string> => renamed,
    /** Another file is open. */
    reset() {
      renamed = new Map()
      last = undefined
    },
  }
}
