/**
 * Where the canvas looks, and the only places it moves: opening a file (fitted, or the graph's
 * start at a readable zoom when too big to read whole), an explicit Fit or Auto-arrange (every
 * card's box, however small), Focus (one job centred at a readable zoom), and revealing a job
 * selected outside the canvas that is out of view (keeping the zoom). Never after a click, drop or
 * add on the canvas, nor when a panel opens or closes.
 *
 * Large moves jump instead of gliding: a glide across a big graph draws every card and edge it
 * passes (frames of 100-600 ms at 1000 jobs).
 */
import { computed, watch, type ComputedRef, type Ref } from 'vue'
import { useElementSize } from '@vueuse/core'
import type { Node, VueFlowStore } from '@vue-flow/core'
import { useLayoutStore } from '@/stores/layout'
import { useSelectionStore } from '@/stores/selection'
import { nodeIdOf } from './canvasGraph'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'
import { fitViewport, fitWhole, focusViewport, minZoomFor, type Viewport } from './fitViewport'
import { focusRequest } from './canvasFocus'
import { fitRequest, isSelectingInView } from './viewRequests'
import { coveredRight } from './canvasCover'

/** Wait for the panes to settle first (opening a file or the inspector may resize the canvas). */
const SETTLE_MS = 60

export function useViewportNavigation(options: {
  flow: VueFlowStore
  container: Ref<HTMLElement | null>
  nodes: ComputedRef<Node[]>
  isOwnChange: () => boolean
}) {
  const { flow, container, nodes } = options
  const layout = useLayoutStore()
  const selection = useSelectionStore()
  const { width, height } = useElementSize(container)
  const points = () => nodes.value.map((n) => n.position)
  /** The canvas's size less what a floating panel covers on its right. */
  const size = () => {
    const box = container.value
    return box ? { width: box.clientWidth - coveredRight(box), height: box.clientHeight } : null
  }
  /** Low enough for Fit to show the whole graph (and to zoom out that far with the wheel). */
  const minZoom = computed(() => minZoomFor(points(), { width: width.value, height: height.value }))

  function apply(viewport: Viewport | null, duration = 0) {
    if (!viewport) return
    if (viewport.zoom < flow.minZoom.value) flow.setMinZoom(viewport.zoom)
    void flow.setViewport(viewport, { duration })
  }

  /**
   * The view a file opens on (fitViewport.ts), set in the same task as the cards are placed: their
   * first frame is already the fitted view (no cards drawn at zoom 1, then moved, then drawn again).
   * Should the panes still resize the canvas while the file opens, the fit is done again for the new
   * size, unless the view was moved meanwhile.
   */
  function fitOpening() {
    const fitNow = () => {
      const s = size()
      if (!s) return null
      apply(fitViewport(points(), s, layout.direction))
      return { ...s, viewport: { ...flow.viewport.value } }
    }
    const first = fitNow()
    setTimeout(() => {
      if (!first) return void fitNow()
      const s = size()
      const { x, y, zoom } = flow.viewport.value
      const unmoved = x === first.viewport.x && y === first.viewport.y && zoom === first.viewport.zoom
      const resized = !s || s.width !== first.width || s.height !== first.height
      if (resized && unmoved) fitNow()
    }, SETTLE_MS)
  }
  /** Every card in view. */
  function fitAll() {
    setTimeout(() => {
      const s = size()
      if (s) apply(fitWhole(points(), s))
    }, SETTLE_MS)
  }

  /** Where the card of `id` is on screen now, and whether it is fully inside the canvas. */
  function onScreen(id: string) {
    const node = flow.findNode(nodeIdOf(id))
    const s = size()
    if (!node || !s) return null
    const { x, y, zoom } = flow.viewport.value
    const left = node.position.x * zoom + x
    const top = node.position.y * zoom + y
    const inside =
      left >= 0 && top >= 0 && left + NODE_WIDTH * zoom <= s.width && top + NODE_HEIGHT * zoom <= s.height
    const dx = left + (NODE_WIDTH * zoom) / 2 - s.width / 2
    const dy = top + (NODE_HEIGHT * zoom) / 2 - s.height / 2
    const near = Math.hypot(dx, dy) <= 1.5 * Math.max(s.width, s.height)
    return { node, size: s, zoom, inside, near }
  }

  /** Centre the job at a readable zoom: glide when close at the same zoom, jump otherwise. */
  function focusJob(id: string) {
    const at = onScreen(id)
    if (!at) return
    const target = focusViewport(at.node.position, at.size, at.zoom)
    apply(target, at.near && target.zoom === at.zoom ? 250 : 0)
  }

  // A job selected elsewhere (cursor in the JSON, a problem, the plan) is brought into view at the
  // current zoom when not fully visible. One selected on the canvas, dropped or added in view never
  // moves the view (even when the docked inspector now covers it): the user knows where it is. Nor
  // does the selected job renamed (typing its id): it is the same job.
  function revealJob(id: string) {
    const at = onScreen(id)
    if (!at || at.inside) return
    const { position } = at.node
    void flow.setCenter(position.x + NODE_WIDTH / 2, position.y + NODE_HEIGHT / 2, {
      zoom: at.zoom,
      duration: at.near ? 250 : 0,
    })
  }
  let focusPending = false
  watch(
    () => selection.primaryJobId,
    (id, before) => {
      if (id && !options.isOwnChange() && !isSelectingInView() && !selection.wasRenamed(before, id))
        setTimeout(() => !focusPending && revealJob(id))
    },
  )
  watch(fitRequest, fitAll)
  watch(focusRequest, (request) => {
    if (!request) return
    focusPending = true
    // After the selection's own reveal and the inspector's opening have settled.
    setTimeout(() => {
      focusPending = false
      focusJob(request.id)
    }, SETTLE_MS)
  })

  return { minZoom, fitOpening, fitAll, focusJob }
}
