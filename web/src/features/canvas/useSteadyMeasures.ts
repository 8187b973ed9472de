/**
 * A card coming back into view is not measured again when nothing about it changed.
 *
 * Vue Flow renders only the cards in view (useVisibleElements.ts), so panning and zooming mount
 * cards all the time, and it measures every card it mounts as if it were new (`forceUpdate`): its
 * size and handles read from the page, new objects assigned, a `dimensions` change sent through
 * onNodesChange, and every edge of the card redrawn. Zooming out over 1000 jobs mounts 20–40 cards a
 * frame: 10–35 ms of ResizeObserver work in a single frame (bench/trace.mjs, phase zoom). A card's
 * size is fixed and its handles only move with the direction, so a card measured before, of the
 * same size and with its handles on the same sides, keeps what it has.
 *
 * The function replaces `updateNodeDimensions` on Vue Flow's store before <VueFlow> renders: its
 * node renderer and node wrappers take it from the store at setup (checked against
 * @vue-flow/core 1.48.2, pinned).
 */
import { toRaw } from 'vue'
import type { GraphNode, HandleElement, VueFlowStore } from '@vue-flow/core'

interface DimensionUpdate {
  id: string
  nodeElement: HTMLDivElement
  forceUpdate?: boolean
}

/** Whether the card on the page is still as it was last measured. */
export function measuredAsBefore(node: GraphNode | undefined, element: HTMLElement): boolean {
  if (!node || !node.dimensions.width || !node.dimensions.height) return false
  if (element.offsetWidth !== node.dimensions.width || element.offsetHeight !== node.dimensions.height)
    return false
  return (['source', 'target'] as const).every((type) => {
    const known: HandleElement[] | null | undefined = node.handleBounds[type]
    const handles = element.querySelectorAll(`.vue-flow__handle.${type}`)
    if (!known) return handles.length === 0
    return (
      handles.length === known.length &&
      known.every((handle, i) => handles[i]!.getAttribute('data-handlepos') === handle.position)
    )
  })
}

export function useSteadyMeasures(flow: VueFlowStore) {
  const store = flow as unknown as { updateNodeDimensions: (updates: DimensionUpdate[]) => void }
  const measure = store.updateNodeDimensions
  store.updateNodeDimensions = (updates) => {
    const changed = updates.filter((u) => !measuredAsBefore(toRaw(flow.findNode(u.id)), u.nodeElement))
    if (changed.length) measure(changed)
  }
}
