/**
 * A dependency edge on the canvas: Vue Flow's smooth-step route, drawn with its arrowhead, and the
 * wider invisible copy of it that takes the pointer, exactly as Vue Flow's own smooth-step edge
 * draws them, but by one function instead of two components (SmoothStepEdge, then BaseEdge).
 *
 * Zooming out or panning over a large graph brings hundreds of edges into view at once, and each
 * mounted component is an instance with its own render effect: the two per edge were a third of the
 * frame time while zooming over 1000 layered jobs (bench profile, phase zoom). A function instead,
 * called by the edge layer (CanvasEdgeLayer.ts) for each edge in view. No labels: the canvas's edges have none, but for the marker of a missing dependency.
 */
import { h, type FunctionalComponent } from 'vue'
import { Position, type EdgeProps } from '@vue-flow/core'
import { smoothStepPath } from './edgeRoute'
import { missingLabel, missingStub, selfLoopPath } from './badEdgeRoute'
import { jobIdOf, type CycleEdgeData, type MissingEdgeData } from './canvasGraph'
import { selectDependency } from './selectDependency'
import { backEdgePath, backEdgeRoute } from './backEdgeRoute'
import { obstaclesOf, useCardBoxes } from './cardBoxes'

/** Vue Flow's default width of the pointer target along an edge (BaseEdge). */
const INTERACTION_WIDTH = 20

export const JobEdge: FunctionalComponent<EdgeProps> = (props) => {
  const from = { x: props.sourceX, y: props.sourceY }
  const to = { x: props.targetX, y: props.targetY }
  const missing = (props.data as MissingEdgeData | undefined)?.missing
  if (missing !== undefined) return missingDependency(props, missing)
  if (props.source === props.target) return drawn(props, selfLoopPath(from, to, props.sourcePosition))
  if ((props.data as CycleEdgeData | undefined)?.cycle) {
    const horizontal = props.sourcePosition === Position.Right
    const boxes = obstaclesOf(useCardBoxes(), props.sourceNode, props.targetNode)
    const route = backEdgeRoute(from, to, horizontal, boxes)
    if (route) return [...drawn(props, backEdgePath(route)), cycleLabel(route.middle)]
  }
  return drawn(props, smoothStepPath(from, to, props.sourcePosition, props.targetPosition))
}

/** "cycle" on the lane of a back edge, in the error colour: the route alone reads as a detour. */
function cycleLabel(at: { x: number; y: number }) {
  return h('text', { x: at.x, y: at.y, class: 'cycle-edge-label', 'aria-hidden': 'true' }, 'cycle')
}

/** The edge's path with its arrowhead, and its wider invisible copy that takes the pointer. */
function drawn(props: EdgeProps, path: string) {
  return [
    h('path', {
      d: path,
      class: 'vue-flow__edge-path',
      style: props.style,
      'marker-end': props.markerEnd,
      'marker-start': props.markerStart,
    }),
    h('path', {
      d: path,
      fill: 'none',
      'stroke-width': props.interactionWidth ?? INTERACTION_WIDTH,
      'stroke-opacity': 0,
      class: 'vue-flow__edge-interaction',
    }),
  ]
}
/**
 * A dependency on a job that does not exist: a stub into the card from a marker naming the id.
 * Clicking it selects the job and shows the dependency in the JSON (where its problem is).
 */
function missingDependency(props: EdgeProps, missing: string) {
  const stub = missingStub({ x: props.targetX, y: props.targetY }, props.targetPosition, missing)
  const select = () => selectDependency(jobIdOf(props.target), missing)
  return h('g', { class: 'missing-dependency', onClick: select }, [
    ...drawn(props, stub.path),
    h('rect', { ...stub.label, rx: 4, class: 'missing-dependency-marker' }),
    h('text', { x: stub.text.x, y: stub.text.y, class: 'missing-dependency-label' }, missingLabel(missing)),
  ])
}

// Declared, so the wrapper's other props (nodes, events, data…) are not copied onto the paths.
JobEdge.props = [
  'id',
  'source',
  'target',
  'sourceNode',
  'targetNode',
  'type',
  'updatable',
  'selected',
  'animated',
  'label',
  'labelStyle',
  'labelShowBg',
  'labelBgStyle',
  'labelBgPadding',
  'labelBgBorderRadius',
  'data',
  'events',
  'style',
  'markerStart',
  'markerEnd',
  'sourcePosition',
  'targetPosition',
  'sourceX',
  'sourceY',
  'targetX',
  'targetY',
  'sourceHandleId',
  'targetHandleId',
  'interactionWidth',
]
