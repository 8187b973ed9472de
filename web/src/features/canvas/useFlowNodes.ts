/**
 * The nodes array handed to Vue Flow, patched in place when possible.
 *
 * Handing Vue Flow a new nodes array makes it rebuild every node (`setNodes`): 100-500 ms at 1000
 * jobs. Most edits change the data or the place of a few cards and nothing else (a form edit, a
 * dropped card, an undone move), so those are written onto Vue Flow's own nodes with `updateNode`,
 * and the array it was given keeps its identity; `onMoved` tells the visible-cards lists when a
 * place changed. Adding, removing, renaming or reordering cards still hands over the whole array.
 */
import { shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Node, VueFlowStore } from '@vue-flow/core'

/** Which derived nodes can be patched onto Vue Flow's nodes; null when the array must be replaced. */
export function nodesToPatch<T extends Node>(prev: readonly T[], next: readonly T[]): T[] | null {
  if (prev.length !== next.length) return null
  const changed: T[] = []
  for (let i = 0; i < next.length; i++) {
    const before = prev[i]!
    const after = next[i]!
    if (before === after) continue
    if (before.id !== after.id) return null
    changed.push(after)
  }
  return changed
}

export function useFlowNodes<T extends Node>(
  derived: Readonly<Ref<T[]>>,
  flow: Pick<VueFlowStore, 'findNode' | 'updateNode'>,
  onMoved: () => void = () => {},
): ShallowRef<T[]> {
  const shown = shallowRef<T[]>(derived.value)
  watch(derived, (next, prev) => {
    const patch = nodesToPatch(prev, next)
    // Vue Flow must already hold every node to patch (it may not have taken the last array yet).
    if (patch && patch.every((n) => flow.findNode(n.id))) {
      let moved = false
      for (const node of patch) {
        const current = flow.findNode(node.id)!.position
        moved ||= current.x !== node.position.x || current.y !== node.position.y
        flow.updateNode(node.id, { ...node })
      }
      if (moved) onMoved()
    } else shown.value = next
  })
  return shown
}
