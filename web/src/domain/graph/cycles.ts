/**
 * Dependency-graph algorithms that mirror the engine (ENGINE.md §7.1): cycle detection is a
 * depth-first search over jobs in declaration order that follows each job's dependencies and
 * skips unknown ids. The first cycle it finds is the one the engine prints.
 */
export interface GraphJob {
  id: string
  dependencies: readonly string[]
}

/** Every distinct cycle, each written as the engine prints it: `['a', 'c', 'b', 'a']` (a depends on c…). */
export function findCycles(jobs: readonly GraphJob[]): string[][] {
  const deps = new Map<string, readonly string[]>()
  for (const job of jobs) if (!deps.has(job.id)) deps.set(job.id, job.dependencies)
  const state = new Map<string, 'active' | 'done'>()
  const stack: string[] = []
  const cycles: string[][] = []
  const seen = new Set<string>()

  // Iterative DFS: a 2000-job chain would overflow the call stack with recursion.
  for (const start of deps.keys()) {
    if (state.has(start)) continue
    const frames: { id: string; next: number }[] = [{ id: start, next: 0 }]
    state.set(start, 'active')
    stack.push(start)
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!
      const children = deps.get(frame.id) ?? []
      if (frame.next >= children.length) {
        state.set(frame.id, 'done')
        stack.pop()
        frames.pop()
        continue
      }
      const child = children[frame.next++]!
      if (!deps.has(child)) continue
      const childState = state.get(child)
      if (childState === 'active') {
        const cycle = [...stack.slice(stack.indexOf(child)), child]
        const key = [...new Set(cycle)].sort().join('\u0000')
        if (!seen.has(key)) {
          seen.add(key)
          cycles.push(cycle)
        }
      } else if (childState === undefined) {
        state.set(child, 'active')
        stack.push(child)
        frames.push({ id: child, next: 0 })
      }
    }
  }
  return cycles
}

/** Ids reachable from `start` by following dependencies, with the path to each (BFS, shortest). */
function dependencyPath(jobs: readonly GraphJob[], start: string, target: string): string[] | null {
  const deps = new Map<string, readonly string[]>()
  for (const job of jobs) if (!deps.has(job.id)) deps.set(job.id, job.dependencies)
  const previous = new Map<string, string | null>([[start, null]])
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!
    if (current === target) {
      const path: string[] = []
      for (let at: string | null = current; at !== null; at = previous.get(at) ?? null) path.unshift(at)
      return path
    }
    for (const next of deps.get(current) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, current)
        queue.push(next)
      }
    }
  }
  return null
}

/**
 * Would making `dependent` depend on `dependency` close a cycle? Returns the cycle it would close,
 * written as the engine would print it (`['b', 'a', 'c', 'b']`: b → a → c → b), or null if the link is safe.
 */
export function cycleIfLinked(
  jobs: readonly GraphJob[],
  dependency: string,
  dependent: string,
): string[] | null {
  if (dependency === dependent) return [dependent, dependent]
  const back = dependencyPath(jobs, dependency, dependent)
  return back ? [dependent, ...back] : null
}
