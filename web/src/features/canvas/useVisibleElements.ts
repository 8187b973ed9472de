/**
 * Which cards and edges Vue Flow renders: those overlapping the view, as with its own
 * `only-render-visible-elements`, computed without going through Vue's proxies; an edge only when
 * its route passes through the view (edgeRoute.ts), not whenever the box around its cards does.
 *
 * Vue Flow recomputes its visible lists on every viewport change by reading each node's position
 * and size through reactive proxies, tracking each read: about 50 000 tracked reads per pan or
 * zoom step at 1000 jobs and 1900 edges, 40-50 ms a frame on this machine (bench profile, phase
 * zoom). Here the geometry is read from the raw objects; what the lists depend on is tracked
 * explicitly: the viewport, the canvas size, the node and edge arrays, and `refresh()`, called when
 * cards were moved in place (patchNodes.ts). A card being dragged stays listed however far it
 * goes, as in Vue Flow.
 *
 * The lists replace Vue Flow's `getNodes`/`getEdges` on its store before <VueFlow> renders: its
 * node and edge renderers read them from the store (checked against @vue-flow/core 1.48.2, pinned).
 * Vue Flow is given no edges to render: the edges in view are drawn by CanvasEdgeLayer.ts. Cards
 * that the view brings in or leaves behind as it moves come and go a few per frame
 * (gradualAdmission.ts).
 */
import { computed, reactive, ref, toRaw, watch, type ComputedRef } from 'vue'
import type { GraphEdge, GraphNode, VueFlowStore } from '@vue-flow/core'
import { TINY_ZOOM } from './layoutTypes'
import { visibleRect, type Rect } from './miniMapGeometry'
import { boxOf } from './edgeRoute'
import { cardBoxesOf, provideCardBoxes } from './cardBoxes'
import { createEdgeCuller, overlaps } from './edgeCulling'
import { admit } from './gradualAdmission'
import type { CycleEdgeData } from './edgeIds'

const NO_EDGES: GraphEdge[] = []
/** Cards mounted, and cards unmounted, per frame while the view moves (gradualAdmission.ts). */
const CARDS_PER_FRAME = 20
/** Edges drawn per frame while the view moves. */
const EDGES_PER_FRAME = 40

/**
 * Whether the view moved (a new visible rectangle) or cards are still coming and going (a new
 * admission tick) since the last call: what tells a move of the view from an edit seen from a still one.
 */
function moveTracker() {
  let rectBefore: Rect | null = null
  let tickBefore = 0
  return (rect: Rect, tick: number) => {
    const moved = rect !== rectBefore || tick !== tickBefore
    rectBefore = rect
    tickBefore = tick
    return moved
  }
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

export function useVisibleElements(flow: VueFlowStore) {
  const view = computed(() => {
    const { x, y, zoom } = flow.viewport.value
    const { width, height } = flow.dimensions.value
    return visibleRect({ x, y, zoom }, { width, height })
  })
  /** Bumped when cards move without a new node array (patchNodes moves them in place). */
  const moved = ref(0)
  const rawNodes = computed(() => {
    void moved.value
    const nodes = flow.nodes.value
    void nodes.length // tracked: a card added or removed in place
    return toRaw(nodes).map((n) => toRaw(n))
  })
  // The cards a cycle's back edge goes around (JobEdge.ts).
  provideCardBoxes(rawNodes)

  // Cards brought into view by the view moving come CARDS_PER_FRAME a frame, and go as many
  // (gradualAdmission.ts); those of a new or edited graph all at once (a file opens, or an edit
  // shows, in one frame).
  const admissionTick = ref(0)
  /** Cards mounted and unmounted, and edges drawn, since the last frame began. */
  const spent = { add: 0, drop: 0, edges: 0 }
  let frameQueued = false
  const nextFrame = () => {
    if (frameQueued) return
    frameQueued = true
    requestAnimationFrame(() => {
      frameQueued = false
      spent.add = spent.drop = spent.edges = 0
      admissionTick.value++
    })
  }
  const cardsMoved = moveTracker()

  // The previous list while the same elements are in view (most pan steps): Vue Flow's renderers
  // then have nothing to re-render.
  const getNodes = computed<GraphNode[]>((previous) => {
    const tick = admissionTick.value
    const rect = view.value
    const isWanted = (n: GraphNode) => !!n.dragging || overlaps(boxOf(n), rect)
    // The view moved, or cards are still coming or going. (Measuring the cards just mounted makes
    // Vue Flow a new node array: the array is no sign of an edit.)
    const gradual = cardsMoved(rect, tick) && previous?.length
    let wanted: GraphNode[]
    if (gradual) {
      const middle = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
      const budget = { add: CARDS_PER_FRAME - spent.add, drop: CARDS_PER_FRAME - spent.drop }
      const admission = admit(rawNodes.value, isWanted, new Set(previous.map((n) => toRaw(n))), budget, (n) =>
        Math.hypot(n.computedPosition.x - middle.x, n.computedPosition.y - middle.y),
      )
      spent.add += admission.added
      spent.drop += admission.dropped
      wanted = admission.shown
      // The next frame lets more come and go, and begins a new budget.
      if (admission.added || admission.dropped || admission.pending) nextFrame()
    } else wanted = rawNodes.value.filter(isWanted)
    // reactive() of an object Vue already proxies returns that proxy: Vue Flow gets its own nodes.
    const next = wanted.map((n) => reactive(n as object) as GraphNode)
    return previous && sameItems(previous, next) ? previous : next
  })

  /** Zoomed far out, the edges are drawn as a sketch (edgeSketch.ts), not by Vue Flow. */
  const tiny = computed(() => flow.viewport.value.zoom < TINY_ZOOM)

  const culler = createEdgeCuller()
  const edgesMoved = moveTracker()
  /** Set while the sketch is drawn instead of the edges (the edge layer, unmounted, reads no edges). */
  let fromSketch = false
  watch(tiny, (now) => (fromSketch ||= now), { flush: 'sync' })
  const edgesInView = computed<GraphEdge[]>((previous) => {
    const tick = admissionTick.value
    if (tiny.value) return previous?.length === 0 ? previous : []
    const rect = view.value
    const byId = new Map(rawNodes.value.map((n) => [n.id, n]))
    const edges = flow.edges.value
    void edges.length
    // Vue Flow's edges are plain objects (rawEdges.ts).
    const all = toRaw(edges) as readonly GraphEdge[]
    const inView = (edge: GraphEdge) => {
      const source = byId.get(edge.source)
      const target = byId.get(edge.target)
      const cycle = (edge.data as CycleEdgeData | undefined)?.cycle === true
      return (
        !!source &&
        !!target &&
        culler.inView(edge.id, source, target, rect, cycle ? cardBoxesOf(rawNodes.value) : null)
      )
    }
    // Edges brought into view by the view moving (hundreds when zooming in past the sketch) are
    // drawn EDGES_PER_FRAME a frame, nearest the middle first; those of a file opened, or an edit
    // seen from a still view, at once.
    const gradual = edgesMoved(rect, tick) && (!!previous?.length || fromSketch)
    // Back from the sketch, no edge is on the page: the last list drawn before it is long gone.
    const drawn = new Set(fromSketch ? [] : previous)
    fromSketch = false
    let shown: GraphEdge[]
    if (gradual) {
      const middle = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
      const distance = (id: string) => {
        const at = byId.get(id)?.computedPosition
        return at ? Math.hypot(at.x - middle.x, at.y - middle.y) : Infinity
      }
      const budget = { add: EDGES_PER_FRAME - spent.edges, drop: Infinity }
      const admission = admit(all, inView, drawn, budget, (e) =>
        Math.min(distance(e.source), distance(e.target)),
      )
      spent.edges += admission.added
      shown = admission.shown
      if (admission.added || admission.pending) nextFrame()
    } else shown = all.filter(inView)
    culler.keepOnly(all)
    return previous && sameItems(previous, shown) ? previous : shown
  })

  const store = flow as unknown as {
    getNodes: ComputedRef<GraphNode[]>
    getEdges: ComputedRef<GraphEdge[]>
  }
  store.getNodes = getNodes
  store.getEdges = computed(() => NO_EDGES)
  return { refresh: () => moved.value++, tiny, rawNodes, edges: edgesInView }
}
