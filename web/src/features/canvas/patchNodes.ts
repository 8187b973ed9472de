/**
 * What changed between two derived element arrays, and writing changed, new and removed cards onto
 * Vue Flow's own nodes instead of handing it a new array (why: useFlowElements.ts).
 */
import type { GraphNode, Node, VueFlowStore } from '@vue-flow/core'
import { createChangeBatch } from './changeBatch'

export interface ElementDiff<T> {
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
export function diffById<T extends { id: string }>(
  prev: readonly T[],
  next: readonly T[],
): ElementDiff<T> | null {
  const before = new Map(prev.map((n) => [n.id, n]))
  const diff: ElementDiff<T> = { changed: [], added: [], removed: [] }
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

type NodeFlow = Pick<VueFlowStore, 'nodes' | 'findNode' | 'updateNode' | 'addNodes' | 'removeNodes'>

/** The cards Vue Flow adds and removes while a patch is written (changeBatch.ts). */
export const nodeBatch = createChangeBatch<GraphNode>()

/**
 * Write the cards that changed, came or went onto Vue Flow's own nodes; false when the whole
 * array must be handed over instead. `onMoved` is called when cards moved, came or went (the
 * visible-cards lists recompute then). Vue Flow reports the additions and removals as changes,
 * which the canvas hands to `nodeBatch` (CanvasView onNodesChange).
 */
export function patchNodes<T extends Node>(
  prev: readonly T[],
  next: readonly T[],
  flow: NodeFlow,
  onMoved: () => void,
) {
  const diff = diffById(prev, next)
  // Vue Flow must already hold every node to patch (it may not have taken the last array yet).
  if (
    !diff ||
    !diff.changed.every((n) => flow.findNode(n.id)) ||
    !diff.removed.every((id) => flow.findNode(id))
  )
    return false
  let moved = diff.added.length > 0 || diff.removed.length > 0
  for (const node of diff.changed) {
    const current = flow.findNode(node.id)!.position
    moved ||= current.x !== node.position.x || current.y !== node.position.y
    flow.updateNode(node.id, { ...node })
  }
  nodeBatch.run(flow.nodes, () => {
    if (diff.removed.length) flow.removeNodes(diff.removed, false)
    if (diff.added.length) flow.addNodes(diff.added.map((n) => ({ ...n })))
  })
  if (moved) onMoved()
  return true
}
