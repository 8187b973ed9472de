/**
 * The nodes array handed to Vue Flow, patched in place when possible.
 *
 * Handing Vue Flow a new nodes array makes it rebuild every node (`setNodes`), and its rebuild is
 * quadratic (a parent lookup by linear search for each node): 100-600 ms at 1000 jobs. Most edits
 * change, add, remove or rename a few cards (a form edit, a dropped card, a job renamed while
 * typing in the JSON), so only those are written onto Vue Flow's own nodes, and the array it was
 * given keeps its identity.
 */
import { shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Node, VueFlowStore } from '@vue-flow/core'

export interface NodeDiff<T> {
  /** Cards whose node object changed (data, selection, place). */
  changed: T[]
  added: T[]
  removed: string[]
}

/**
 * What changed between two derived node arrays, or null when handing over the whole array is
 * simpler: more than half the cards come or go (opening another file, undoing a big paste).
 * A renamed job is its old card removed and a new one added.
 */
export function diffNodes<T extends Node>(prev: readonly T[], next: readonly T[]): NodeDiff<T> | null {
  const before = new Map(prev.map((n) => [n.id, n]))
  const diff: NodeDiff<T> = { changed: [], added: [], removed: [] }
  const kept = new Set<string>()
  for (const node of next) {
    const old = before.get(node.id)
    if (!old) diff.added.push(node)
    else {
      kept.add(node.id)
      if (old !== node) diff.changed.push(node)
    }
  }
  for (const node of prev) if (!kept.has(node.id)) diff.removed.push(node.id)
  return Math.max(diff.added.length, diff.removed.length) > Math.max(next.length, prev.length) / 2
    ? null
    : diff
}

/**
 * `onMoved` is called when cards moved, came or went without a new array (the visible-cards lists
 * recompute then). Vue Flow applies the additions and removals through its change handler: the
 * canvas passes 'add' and 'remove' changes on (CanvasView onNodesChange).
 */
export function useFlowNodes<T extends Node>(
  derived: Readonly<Ref<T[]>>,
  flow: Pick<VueFlowStore, 'findNode' | 'updateNode' | 'addNodes' | 'removeNodes'>,
  onMoved: () => void = () => {},
): ShallowRef<T[]> {
  const shown = shallowRef<T[]>(derived.value)
  watch(derived, (next, prev) => {
    const diff = diffNodes(prev, next)
    // Vue Flow must already hold every node to patch (it may not have taken the last array yet).
    if (
      !diff ||
      !diff.changed.every((n) => flow.findNode(n.id)) ||
      !diff.removed.every((id) => flow.findNode(id))
    ) {
      shown.value = next
      return
    }
    let moved = diff.added.length > 0 || diff.removed.length > 0
    for (const node of diff.changed) {
      const current = flow.findNode(node.id)!.position
      moved ||= current.x !== node.position.x || current.y !== node.position.y
      flow.updateNode(node.id, { ...node })
    }
    if (diff.removed.length) flow.removeNodes(diff.removed, false)
    if (diff.added.length) flow.addNodes(diff.added.map((n) => ({ ...n })))
    if (moved) onMoved()
  })
  return shown
}
