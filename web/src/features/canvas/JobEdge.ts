/**
 * A dependency edge on the canvas: Vue Flow's smooth-step route, drawn with its arrowhead, and the
 * wider invisible copy of it that takes the pointer, exactly as Vue Flow's own smooth-step edge
 * draws them, but by one function instead of two components (SmoothStepEdge, then BaseEdge).
 *
 * Zooming out or panning over a large graph brings hundreds of edges into view at once, and each
 * mounted component is an instance with its own render effect: the two per edge were a third of the
 * frame time while zooming over 1000 layered jobs (bench profile, phase zoom). A functional component
 * is part of its edge wrapper's render. No labels: the canvas's edges have none.
 */
import { h, type FunctionalComponent } from 'vue'
import type { EdgeProps } from '@vue-flow/core'
import { smoothStepPath } from './edgeRoute'

/** Vue Flow's default width of the pointer target along an edge (BaseEdge). */
const INTERACTION_WIDTH = 20

export const JobEdge: FunctionalComponent<EdgeProps> = (props) => {
  const path = smoothStepPath(
    { x: props.sourceX, y: props.sourceY },
    { x: props.targetX, y: props.targetY },
    props.sourcePosition,
    props.targetPosition,
  )
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
