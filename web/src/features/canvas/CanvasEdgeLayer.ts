/**
 * Every edge in view, drawn in one <svg> layer beneath the cards (and one above them for the raised
 * edges: selected, or of a selected job), with its own hit-testing: Vue Flow itself renders none.
 *
 * Vue Flow wraps each edge in its own <svg> and an edge component with its own render effect. With
 * ~280 edges in view at 1000 layered jobs that is ~280 stacking layers for the browser to paint,
 * layerize and commit on every pan, zoom and drag frame (bench trace: frames of 33 ms, p95). Here
 * an edge is a <g> of two paths in a shared <svg>: what JobEdge.ts draws (the same routes, from
 * edgeRoute.ts and badEdgeRoute.ts), with the classes, data-id and accessible name Vue Flow gave it.
 *
 * Each edge's drawing is a computed of its own: dragging a card redraws only that card's edges, and
 * Vue skips the others (the same vnode, kept as `v-memo` keeps one). JobEdge must draw from the
 * edge and its cards only (it is called outside any component: no inject).
 *
 * Pointer: each edge's wide invisible path takes it (JobEdge). A click selects the edge as Vue
 * Flow's edge wrapper did (Ctrl/Cmd/Shift-click adds or removes it); a missing job's marker selects
 * its job (JobEdge); `nopan` keeps a press on an edge from panning the view.
 */
import { computed, defineComponent, h, type ComputedRef, type PropType, type VNode } from 'vue'
import { useVueFlow, type EdgeProps, type GraphEdge } from '@vue-flow/core'
import { FLOW_ID } from './canvasGraph'
import { JobEdge } from './JobEdge'
import { edgeEnd } from './edgeEnds'
import { ARROW_MARKERS, arrowUrl } from './edgeArrows'

/** What a functional component is called with, besides its props: JobEdge uses none of it. */
const NO_CONTEXT = { attrs: {}, slots: {}, emit: () => {} }
/**
 * Marks a drawing that Vue may keep as it is when it is rendered again (its patch skips a vnode
 * identical to the previous one; without a memo it copies a mounted vnode and patches the copy).
 */
const KEPT: unknown[] = []

/** One edge drawn, and in which layer. */
interface Drawing {
  vnode: VNode
  raised: boolean
}

/** The arrowhead markers the edges name (edgeArrows.ts), as Vue Flow draws a closed arrow. */
const arrowheads = () =>
  h(
    'defs',
    { key: 'arrowheads' },
    ARROW_MARKERS.map((m) =>
      h(
        'marker',
        {
          id: m.id,
          key: m.id,
          class: 'vue-flow__arrowhead',
          viewBox: '-10 -10 20 20',
          refX: 0,
          refY: 0,
          markerWidth: m.size,
          markerHeight: m.size,
          markerUnits: 'strokeWidth',
          orient: 'auto-start-reverse',
        },
        [
          h('polyline', {
            style: { stroke: m.color, fill: m.color, strokeWidth: 1 },
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
            points: '-5,-4 0,0 -5,4 -5,-4',
          }),
        ],
      ),
    ),
  )

/** Raised edges are drawn above the cards (canvasEdges' zIndex), the others beneath them. */
const isRaised = (edge: GraphEdge) => (edge.zIndex ?? 0) > 0

export const CanvasEdgeLayer = defineComponent({
  name: 'CanvasEdgeLayer',
  props: {
    /** The edges whose route crosses the view (useVisibleElements), Vue Flow's own edge objects. */
    edges: { type: Array as PropType<readonly GraphEdge[]>, required: true },
  },
  setup(props) {
    const flow = useVueFlow(FLOW_ID)

    function draw(edge: GraphEdge): Drawing | null {
      // Read through Vue Flow's lookups: a card moved (dragged, or by an edit) redraws its edges.
      const sourceNode = flow.findNode(edge.source)
      const targetNode = flow.findNode(edge.target)
      if (!sourceNode || !targetNode || edge.hidden) return null
      const from = edgeEnd(sourceNode, 'source')
      const to = edgeEnd(targetNode, 'target')
      const edgeProps = {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        sourceNode,
        targetNode,
        type: edge.type,
        selected: edge.selected,
        animated: edge.animated,
        data: edge.data,
        style: edge.style,
        markerEnd: arrowUrl(typeof edge.class === 'string' ? edge.class : '', edge),
        sourcePosition: from.position,
        targetPosition: to.position,
        sourceX: from.x,
        sourceY: from.y,
        targetX: to.x,
        targetY: to.y,
        interactionWidth: edge.interactionWidth,
      } as EdgeProps
      const vnode = h(
        'g',
        {
          key: edge.id,
          'data-id': edge.id,
          class: [
            'vue-flow__edge',
            'vue-flow__edge-job',
            'nopan',
            edge.class,
            { selected: edge.selected, animated: edge.animated, inactive: edge.selectable === false },
          ],
          role: 'img',
          'aria-roledescription': 'edge',
          'aria-label': edge.ariaLabel,
        },
        JobEdge(edgeProps, NO_CONTEXT) as VNode | VNode[],
      )
      ;(vnode as VNode & { memo?: unknown[] }).memo = KEPT
      // Raised or not is part of the drawing: a drawing kept as it is never moves between the layers.
      return { vnode, raised: isRaised(edge) }
    }

    /** The drawing of each edge in view; an edge out of view is forgotten, drawn afresh when back. */
    let drawings = new Map<GraphEdge, ComputedRef<Drawing | null>>()

    /** A click on an edge's path selects it, as Vue Flow's edge wrapper does. */
    function onClick(event: MouseEvent) {
      const id = (event.target as Element).closest<SVGGElement>('.vue-flow__edge')?.dataset.id
      const edge = flow.findEdge(id)
      if (!edge || edge.selectable === false) return
      flow.nodesSelectionActive.value = false
      if (edge.selected && flow.multiSelectionActive.value) flow.removeSelectedEdges([edge])
      else flow.addSelectedEdges([edge])
    }

    return () => {
      const beneath: VNode[] = []
      const above: VNode[] = []
      const next = new Map<GraphEdge, ComputedRef<Drawing | null>>()
      for (const edge of props.edges) {
        const drawing = drawings.get(edge) ?? computed(() => draw(edge))
        next.set(edge, drawing)
        const drawn = drawing.value
        if (drawn) (drawn.raised ? above : beneath).push(drawn.vnode)
      }
      drawings = next
      return [
        h('svg', { class: 'edge-layer', 'data-testid': 'edge-layer', onClick }, [arrowheads(), ...beneath]),
        h('svg', { class: 'edge-layer raised', 'data-testid': 'edge-layer-raised', onClick }, above),
      ]
    }
  },
})
