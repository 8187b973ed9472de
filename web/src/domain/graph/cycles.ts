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

/**
 * Per jobs array: dependencies by id, and for each asked-about target the set of jobs that reach it.
 * Callers ask about many pairs of one snapshot (the dependency picker asks once per job: 1000 calls
 * at 1000 jobs), so building these once per array turns O(n²) work into O(n). Job arrays are
 * read-only snapshots of the model (`readonly` all the way down); the length check is a cheap guard.
 */
interface GraphIndex {
  size: number
  deps: Map<string, readonly string[]>
  reaching: Map<string, Set<string>>
}
const indexes = new WeakMap<readonly GraphJob[], GraphIndex>()

function indexOf(jobs: readonly GraphJob[]): GraphIndex {
  const cached = indexes.get(jobs)
  if (cached && cached.size === jobs.length) return cached
  const deps = new Map<string, readonly string[]>()
  for (const job of jobs) if (!deps.has(job.id)) deps.set(job.id, job.dependencies)
  const index = { size: jobs.length, deps, reaching: new Map() }
  indexes.set(jobs, index)
  return index
}

/** Every id from which `target` can be reached by following dependencies (target included). */
function reaching(index: GraphIndex, target: string): Set<string> {
  let found = index.reaching.get(target)
  if (found) return found
  const dependents = new Map<string, string[]>()
  for (const [id, list] of index.deps)
    for (const dep of list) {
      const into = dependents.get(dep)
      if (into) into.push(id)
      else dependents.set(dep, [id])
    }
  found = new Set([target])
  const queue = [target]
  for (let i = 0; i < queue.length; i++)
    for (const next of dependents.get(queue[i]!) ?? [])
      if (!found.has(next)) {
        found.add(next)
        queue.push(next)
      }
  index.reaching.set(target, found)
  return found
}

/** Ids reachable from `start` by following dependencies, with the path to each (BFS, shortest). */
function dependencyPath(index: GraphIndex, start: string, target: string): string[] | null {
  const reach = reaching(index, target)
  if (!reach.has(start)) return null
  const deps = index.deps
  const previous = new Map<string, string | null>([[start, null]])
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!
    if (current === target) {
      const path: string[] = []
      for (let at: string | null = current; at !== null; at = previous.get(at) ?? null) path.push(at)
      return path.reverse()
    }
    for (const next of deps.get(current) ?? []) {
      // A job that cannot reach the target is never on a path to it (nor before one that can).
      if (reach.has(next) && !previous.has(next)) {
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
  const back = dependencyPath(indexOf(jobs), dependency, dependent)
  return back ? [dependent, ...back] : null
}
