/**
 * The three orders the engine produces (ENGINE.md §7.3, §7.4):
 * - the real sequential order: a FIFO queue seeded with the ready jobs in declaration order; each
 *   success appends the dependents it released, in declaration order;
 * - the order `--dry-run` prints: a depth-first post-order over jobs in declaration order;
 * - parallel waves: the engine only processes completions once every running job has finished, so
 *   it takes up to `slots` jobs from the head of the same FIFO queue, waits for all of them, queues
 *   what they released, and repeats. The engine walks a wave's completions in Python set order
 *   (random per process); here they are walked in wave order. That only matters when more jobs are
 *   released than there are free slots: which of them start in the next wave can then differ.
 */
import { fifoTopologicalOrder, type DependencyIndex } from '../graph/dependencyIndex'

export interface DryRunOptions {
  /**
   * The order in which a job's dependencies are visited. The engine keeps them in a frozenset, whose
   * iteration order changes between Python processes (string hashing is randomised), so it is not
   * reproducible. Default: the order written in the file.
   */
  dependencyOrder?: (jobId: string, dependencies: string[]) => string[]
}

export interface DryRunOrder {
  order: string[]
  /** Jobs visited with two or more unvisited dependencies: from there on the engine's order may differ between runs. */
  ambiguousAt: string[]
}

/** Sequential run order (positions in `index.ids`), and the jobs that can never start. */
export function sequentialOrder(index: DependencyIndex): { order: number[]; blocked: number[] } {
  return fifoTopologicalOrder(index)
}

/** The `--dry-run` plan order: `get_execution_order`, a recursive post-order DFS, done iteratively here. */
export function dryRunOrder(index: DependencyIndex, options: DryRunOptions = {}): DryRunOrder {
  const { ids, position } = index
  const depsOf = (at: number): number[] => {
    const deps = index.deps[at]!
    if (!options.dependencyOrder) return deps
    const named = options.dependencyOrder(
      ids[at]!,
      deps.map((d) => ids[d]!),
    )
    return named.map((name) => position.get(name)).filter((d): d is number => d !== undefined)
  }
  const state = new Uint8Array(ids.length) // 0 new, 1 on the path (temp_visited), 2 visited
  const order: string[] = []
  const ambiguousAt: string[] = []
  for (let start = 0; start < ids.length; start++) {
    if (state[start] !== 0) continue
    const frames: { at: number; deps: number[]; next: number }[] = []
    const enter = (at: number) => {
      state[at] = 1
      const deps = depsOf(at)
      if (deps.filter((d) => state[d] === 0).length > 1) ambiguousAt.push(ids[at]!)
      frames.push({ at, deps, next: 0 })
    }
    enter(start)
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!
      if (frame.next < frame.deps.length) {
        const dep = frame.deps[frame.next++]!
        // A job already on the path is a cycle (the engine refuses the file before the dry-run).
        if (state[dep] === 0) enter(dep)
        continue
      }
      frames.pop()
      state[frame.at] = 2
      order.push(ids[frame.at]!)
    }
  }
  return { order, ambiguousAt }
}

/** Parallel waves of job positions: each wave starts together and the next waits for all of it. */
export function parallelWaves(index: DependencyIndex, slots: number): number[][] {
  const width = Math.max(1, Math.floor(slots))
  const pending = index.deps.map((d, at) => (index.unknownDeps[at]!.length > 0 ? Infinity : d.length))
  const queue: number[] = []
  pending.forEach((count, at) => {
    if (count === 0) queue.push(at)
  })
  const queued = new Uint8Array(index.ids.length)
  for (const at of queue) queued[at] = 1
  const waves: number[][] = []
  for (let head = 0; head < queue.length;) {
    const wave = queue.slice(head, head + width)
    head += wave.length
    waves.push(wave)
    // Every job of the wave is marked completed before any dependent is queued (one scheduler pass).
    for (const done of wave) for (const next of index.dependents[done]!) pending[next]!--
    for (const done of wave) {
      for (const next of index.dependents[done]!) {
        if (pending[next] === 0 && !queued[next]) {
          queued[next] = 1
          queue.push(next)
        }
      }
    }
  }
  return waves
}
