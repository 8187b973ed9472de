/**
 * The canvas's left edge moves when the job list is collapsed, expanded or resized; the view shifts
 * by as much the other way, so every card stays where it was on screen (the view never moves on its
 * own). Panels on the right need nothing: the canvas's content hangs from its left edge.
 */
import { watch } from 'vue'
import { useVueFlow } from '@vue-flow/core'
import { FLOW_ID } from './canvasGraph'

export function useSteadyCanvas(canvasLeft: () => number) {
  watch(canvasLeft, (now, before) => {
    const flow = useVueFlow(FLOW_ID)
    const { x, y, zoom } = flow.viewport.value
    void flow.setViewport({ x: x - (now - before), y, zoom })
  })
}
