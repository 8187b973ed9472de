/**
 * Cards or edges that come and go during a patch (patchNodes, patchEdges), written onto Vue Flow's
 * array at once.
 *
 * Vue Flow reports what its addNodes/removeNodes (and the edge equivalents) would do as changes,
 * which the canvas applies (controlled flow). Its `applyNodeChanges`/`applyEdgeChanges` splice the
 * reactive array one change at a time, searching it through Vue's proxies: each splice shifts and
 * re-triggers every later index (18-30 ms per renamed job at 1000 jobs, bench profile). While a patch
 * is written the canvas hands its structural changes here instead (`defer`), and the patch ends with
 * one new array.
 */
import { toRaw, type Ref } from 'vue'

type Structural<T> = { type: 'add'; item: T } | { type: 'remove'; id: string }
type AnyChange = { type: string }

const isStructural = <T>(c: AnyChange): c is Structural<T> => c.type === 'add' || c.type === 'remove'

/** `current` without the removed elements, with the added ones (once each) at the end. */
export function withChanges<T extends { id: string }>(
  current: readonly T[],
  changes: readonly Structural<T>[],
): T[] {
  const removed = new Set(changes.flatMap((c) => (c.type === 'remove' ? [c.id] : [])))
  const next = current.filter((e) => !removed.has(e.id))
  const present = new Set(next.map((e) => e.id))
  for (const change of changes)
    if (change.type === 'add' && !present.has(change.item.id)) {
      next.push(toRaw(change.item))
      present.add(change.item.id)
    }
  return next
}

/** `store`: how the new array is kept (Vue Flow's edges are kept plain: rawEdges.ts). */
export function createChangeBatch<T extends { id: string }>(store: (next: T[]) => T[] = (next) => next) {
  let pending: Structural<T>[] | null = null
  return {
    /**
     * Keep the structural changes among `changes` while a patch is written; returns the others
     * (all of them when no patch is being written).
     */
    defer<C extends AnyChange>(changes: C[]): C[] {
      if (!pending) return changes
      const batch = pending
      return changes.filter((c) => (isStructural<T>(c) ? (batch.push(c), false) : true))
    },
    /** Run `write`, then put what it added and removed into `elements`; true if anything changed. */
    run(elements: Ref<T[]>, write: () => void): boolean {
      pending = []
      let changes: Structural<T>[] = []
      try {
        write()
      } finally {
        changes = pending
        pending = null
      }
      if (changes.length) elements.value = store(withChanges(toRaw(elements.value), changes))
      return changes.length > 0
    },
  }
}
