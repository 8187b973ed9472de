/**
 * An indexed view of the dependency graph that the order, wave and critical-path algorithms share.
 * Built once in O(jobs + dependencies), so nothing downstream needs a quadratic scan.
 */
import type { GraphJob } from './cycles'

export interface DependencyIndex {
  /** Job ids in declaration order; a duplicated id keeps its first position (the engine refuses duplicates). */
  ids: string[]
  /** Position of each id in `ids`. */
  position: Map<string, number>
  /** Per job (by position): positions of its existing dependencies, duplicates removed, in written order. */
  deps: number[][]
  /** Per job: positions of the jobs that depend on it, in declaration order. */
  dependents: number[][]
  /** Per job: dependency ids that name no job (the engine refuses the file; such jobs never start). */
  unknownDeps: string[][]
}

export function dependencyIndex(jobs: readonly GraphJob[]): DependencyIndex {
  const ids: string[] = []
  const position = new Map<string, number>()
  const written: (readonly string[])[] = []
  for (const job of jobs) {
    if (position.has(job.id)) continue
    position.set(job.id, ids.length)
    ids.push(job.id)
    written.push(job.dependencies)
  }
  const deps: number[][] = []
  const unknownDeps: string[][] = []
  const dependents: number[][] = ids.map(() => [])
  written.forEach((names, at) => {
    // The engine stores dependencies as a set: duplicates collapse (ENGINE.md §2.4).
    const own: number[] = []
    const unknown: string[] = []
    for (const name of names.length > 1 ? new Set(names) : names) {
      const dep = position.get(name)
      if (dep === undefined) unknown.push(name)
      else {
        own.push(dep)
        dependents[dep]!.push(at)
      }
    }
    deps.push(own)
    unknownDeps.push(unknown)
  })
  return { ids, position, deps, dependents, unknownDeps }
}

/**
 * Kahn's algorithm with a FIFO queue: jobs with no pending dependency first, in declaration order;
 * each finished job appends the dependents it released, in declaration order. Jobs on a cycle or
 * behind an unknown dependency are never released and come back in `blocked`.
 */
export function fifoTopologicalOrder(index: DependencyIndex): { order: number[]; blocked: number[] } {
  const pending = index.deps.map((d, at) => (index.unknownDeps[at]!.length > 0 ? Infinity : d.length))
  const order: number[] = []
  pending.forEach((count, at) => {
    if (count === 0) order.push(at)
  })
  for (let head = 0; head < order.length; head++) {
    for (const next of index.dependents[order[head]!]!) {
      if (--pending[next]! === 0) order.push(next)
    }
  }
  const placed = new Set(order)
  const blocked = index.ids.map((_, at) => at).filter((at) => !placed.has(at))
  return { order, blocked }
}

/**
 * Longest path by node weight through the jobs of a topological `order` (other jobs are ignored).
 * Returns the path (positions, first job first) and its total weight.
 */
export function longestPath(
  index: DependencyIndex,
  order: readonly number[],
  weight: (at: number) => number,
): { path: number[]; total: number } {
  const best = new Map<number, number>()
  const via = new Map<number, number>()
  let end = -1
  for (const at of order) {
    let before = 0
    for (const dep of index.deps[at]!) {
      const value = best.get(dep)
      if (value !== undefined && value > before) {
        before = value
        via.set(at, dep)
      }
    }
    const total = before + weight(at)
    best.set(at, total)
    if (end < 0 || total > best.get(end)!) end = at
  }
  const path: number[] = []
  for (let at: number | undefined = end; at !== undefined && at >= 0; at = via.get(at)) path.push(at)
  path.reverse()
  return { path, total: end < 0 ? 0 : best.get(end)! }
}
