/**
 * The arrowheads at the dependent end of the canvas's edges: three markers that the edge layer
 * defines itself (CanvasEdgeLayer.ts), each edge naming one by what it is (its class).
 *
 * Vue Flow defines a marker for every distinct `markerEnd` among its edges, and its marker
 * definitions walk every edge whenever the edge array changes: each keystroke that renames a job,
 * and the open. At 1900 edges that walk took 12–26 ms the first times it ran (the first keystroke
 * after opening a 1000-job file: code the engine had not optimised yet; bench profile). Vue Flow's
 * edges carry no marker now; it defines only the connection line's arrowhead.
 */
import { MarkerType } from '@vue-flow/core'

export type ArrowKind = 'normal' | 'highlighted' | 'running' | 'critical' | 'error'

export interface ArrowMarker {
  kind: ArrowKind
  /** The element id, unique in the page. */
  id: string
  /** Width and height in units of the edge's stroke width (markers scale with the stroke). */
  size: number
  color: string
}

export const ARROW_MARKERS: readonly ArrowMarker[] = [
  { kind: 'normal', id: 'studio-arrow', size: 18, color: 'var(--canvas-edge)' },
  // Selected, or in the lineage or beside the hovered job: drawn 2.5 wide instead of 1.5 (style.css).
  { kind: 'highlighted', id: 'studio-arrow-highlighted', size: 11, color: 'var(--color-accent-500)' },
  // Into a running job (run overlay): the usual width, in the accent colour.
  { kind: 'running', id: 'studio-arrow-running', size: 18, color: 'var(--color-accent-500)' },
  // Half as large: a critical-path edge is drawn twice as thick.
  { kind: 'critical', id: 'studio-arrow-critical', size: 9, color: 'var(--color-accent-500)' },
  { kind: 'error', id: 'studio-arrow-error', size: 18, color: 'var(--canvas-edge-error)' },
]

const idOf = new Map(ARROW_MARKERS.map((m) => [m.kind, m.id]))

/**
 * The arrowhead of an edge with these class tokens (canvasEdges.ts), selected or not, into a running
 * job or not: in the colour style.css gives its line, in that order of precedence.
 */
export function arrowOf(
  edgeClass: string,
  state: { selected?: boolean; animated?: boolean } = {},
): ArrowKind {
  const tokens = edgeClass.split(' ')
  if (tokens.includes('cycle') || tokens.includes('missing')) return 'error'
  if (tokens.includes('critical')) return 'critical'
  if (state.selected || tokens.includes('lineage') || tokens.includes('near')) return 'highlighted'
  return state.animated ? 'running' : 'normal'
}

/** The `marker-end` of an edge (see arrowOf). */
export const arrowUrl = (edgeClass: string, state: { selected?: boolean; animated?: boolean } = {}) =>
  `url('#${idOf.get(arrowOf(edgeClass, state))}')`

/** The arrowhead of a link being drawn (Vue Flow's connection line, which Vue Flow defines). */
export const CONNECTION_ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 }
