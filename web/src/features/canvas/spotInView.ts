/**
 * A free spot for a new card in the part of the canvas the user sees (freeSpot.ts), leaving out the
 * strip on the right that the inspector is about to cover or take (it opens on the new job).
 * Undefined while the canvas has no size (the job is then listed as not on the canvas).
 */
import { useVueFlow } from '@vue-flow/core'
import { useLayoutStore, type XY } from '@/stores/layout'
import { useUiStore } from '@/stores/ui'
import { FLOW_ID } from './canvasGraph'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'
import { freeSpot } from './freeSpot'

function inspectorDockedNow(): boolean {
  const dock = document.querySelector<HTMLElement>('[data-testid="inspector-dock"]')
  return dock?.dataset.placement === 'docked' && dock.offsetWidth > 0
}

export function spotInView(): XY | undefined {
  const flow = useVueFlow(FLOW_ID)
  const ui = useUiStore()
  const { width, height } = flow.dimensions.value
  if (!width || !height) return undefined
  const reserve = ui.inspectorOpen && !inspectorDockedNow() ? ui.inspectorWidth : 0
  const seen = Math.max(width - reserve, Math.min(width, NODE_WIDTH * 1.5))
  const { x, y, zoom } = flow.viewport.value
  const view = { x: -x / zoom, y: -y / zoom, width: seen / zoom, height: height / zoom }
  const cards = Object.values(useLayoutStore().positions)
  return freeSpot(cards, { width: NODE_WIDTH, height: NODE_HEIGHT }, view) ?? undefined
}
