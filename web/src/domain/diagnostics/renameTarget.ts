/**
 * The job a dangling dependency most likely meant: the id it was renamed to in the text (see
 * trackRenames), else a close spelling, else the one id that extends it or that it extends
 * (`load` → `load_db`, `extract_raw` → `extract`), as a rename in the JSON leaves behind.
 */
import { closest } from './similar'

/**
 * Spelling comparisons one diagnosis may spend (names × ids): a file with hundreds of dangling names
 * is not a rename, and guessing for each would cost a 1000-job file seconds.
 */
const SPELLING_BUDGET = 20_000
const MIN_PREFIX = 3

/** One finder per diagnosis: a renamed job usually leaves the same dangling name in many jobs. */
export function renameTargets(ids: ReadonlySet<string>, renamedIds: ReadonlyMap<string, string>) {
  const all = [...ids]
  const byLower = new Map<string, string[]>()
  for (const id of all) byLower.set(id.toLowerCase(), [...(byLower.get(id.toLowerCase()) ?? []), id])
  const sorted = [...byLower.keys()].sort()
  let budget = SPELLING_BUDGET
  const cache = new Map<string, string | undefined>()

  /** The ids that start with `lower` (lower-cased), or that `lower` starts with. */
  function related(lower: string): string[] {
    const found: string[] = []
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < lower) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(lower) && found.length < 2; i++)
      found.push(...byLower.get(sorted[i]!)!)
    for (let k = MIN_PREFIX; k < lower.length; k++) found.push(...(byLower.get(lower.slice(0, k)) ?? []))
    return found
  }

  function find(dep: string): string | undefined {
    const renamed = renamedIds.get(dep)
    if (renamed !== undefined && ids.has(renamed)) return renamed
    if (budget > 0) {
      budget -= all.length
      const near = closest(dep, all)
      if (near !== undefined) return near
    }
    if (dep.length < MIN_PREFIX) return undefined
    const candidates = related(dep.toLowerCase())
    return candidates.length === 1 ? candidates[0] : undefined
  }

  /** `exclude`: ids the reference must not become (the job itself, its other dependencies). */
  return (dep: string, exclude: readonly unknown[]): string | undefined => {
    if (!cache.has(dep)) cache.set(dep, find(dep))
    const target = cache.get(dep)
    return target !== undefined && !exclude.includes(target) ? target : undefined
  }
}
