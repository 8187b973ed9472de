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
 * Vue Flow is given no edges to render: the edges in view are drawn by CanvasEdgeLayer.ts.
 */
import { computed, reactive, ref, toRaw, type ComputedRef } from 'vue'
import { Position, type GraphEdge, type GraphNode, type VueFlowStore } from '@vue-flow/core'
import { TINY_ZOOM } from './layoutTypes'
import { visibleRect, type Rect } from './miniMapGeometry'
import { boxOf, handlePoint, routeBands, type Point } from './edgeRoute'
import { aroundCard } from './badEdgeRoute'
import { backEdgeRoute } from './backEdgeRoute'
import { cardBoxesOf, obstaclesOf, provideCardBoxes, type CardBox } from './cardBoxes'
import type { CycleEdgeData } from './edgeIds'

/** Whether two rectangles share any area (a card partly in view is rendered). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * An edge's route bands (edgeRoute.ts) and the box around them, kept while its handle points stay
 * where they were: on a pan or zoom step only the view moved, and the 1900 edges of 1000 layered
 * jobs are tested against it without their routes being worked out again.
 */
interface RouteCover {
  from: Point
  to: Point
  horizontal: boolean
  box: Rect
  bands: Rect[]
}

function coverOf(from: Point, to: Point, horizontal: boolean, kept: RouteCover | undefined): RouteCover {
  if (
    kept &&
    kept.horizontal === horizontal &&
    kept.from.x === from.x &&
    kept.from.y === from.y &&
    kept.to.x === to.x &&
    kept.to.y === to.y
  )
    return kept
  const bands = routeBands(from, to, horizontal)
  const left = Math.min(...bands.map((b) => b.x))
  const top = Math.min(...bands.map((b) => b.y))
  const right = Math.max(...bands.map((b) => b.x + b.width))
  const bottom = Math.max(...bands.map((b) => b.y + b.height))
  return { from, to, horizontal, bands, box: { x: left, y: top, width: right - left, height: bottom - top } }
}

/** Whether any of the edge between two cards may be in `rect` (edgeRoute.ts). */
function edgeInView(
  edge: GraphEdge,
  source: GraphNode,
  target: GraphNode,
  rect: Rect,
  aroundCards: CardBox[] | null,
  covers: WeakMap<GraphEdge, RouteCover>,
): boolean {
  // A job's loop to itself, or a missing dependency's stub: drawn around its one card (badEdgeRoute.ts).
  if (source === target) return overlaps(aroundCard(boxOf(source)), rect)
  const horizontal = source.sourcePosition === Position.Right
  const [from, to] = [handlePoint(source, 'source'), handlePoint(target, 'target')]
  // A cycle's back edge runs around the cards (backEdgeRoute.ts): its own corners, widened a little.
  const back = aroundCards && backEdgeRoute(from, to, horizontal, obstaclesOf(aroundCards, source, target))
  if (back) return back.points.slice(1).some((p, i) => overlaps(bandAround(back.points[i]!, p), rect))
  const cover = coverOf(from, to, horizontal, covers.get(edge))
  covers.set(edge, cover)
  return overlaps(cover.box, rect) && cover.bands.some((band) => overlaps(band, rect))
}

const bandAround = (a: { x: number; y: number }, b: { x: number; y: number }, pad = 24): Rect => ({
  x: Math.min(a.x, b.x) - pad,
  y: Math.min(a.y, b.y) - pad,
  width: Math.abs(a.x - b.x) + 2 * pad,
  height: Math.abs(a.y - b.y) + 2 * pad,
})

const NO_EDGES: GraphEdge[] = []

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

  // The previous list while the same elements are in view (most pan steps): Vue Flow's renderers
  // then have nothing to re-render.
  const getNodes = computed<GraphNode[]>((previous) => {
    const rect = view.value
    // reactive() of an object Vue already proxies returns that proxy: Vue Flow gets its own nodes.
    const next = rawNodes.value
      .filter((n) => n.dragging || overlaps(boxOf(n), rect))
      .map((n) => reactive(n as object) as GraphNode)
    return previous && sameItems(previous, next) ? previous : next
  })

  /** Zoomed far out, the edges are drawn as a sketch (edgeSketch.ts), not by Vue Flow. */
  const tiny = computed(() => flow.viewport.value.zoom < TINY_ZOOM)

  const covers = new WeakMap<GraphEdge, RouteCover>()
  const edgesInView = computed<GraphEdge[]>((previous) => {
    if (tiny.value) return previous?.length === 0 ? previous : []
    const rect = view.value
    const byId = new Map(rawNodes.value.map((n) => [n.id, n]))
    const edges = flow.edges.value
    void edges.length
    const shown: GraphEdge[] = []
    for (const edge of toRaw(edges)) {
      const raw = toRaw(edge)
      const source = byId.get(raw.source)
      const target = byId.get(raw.target)
      const cycle = (raw.data as CycleEdgeData | undefined)?.cycle === true
      if (
        source &&
        target &&
        edgeInView(raw, source, target, rect, cycle ? cardBoxesOf(rawNodes.value) : null, covers)
      )
        shown.push(reactive(raw as object) as GraphEdge)
    }
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
