/**
 * The edges drawn as a sketch when zoomed far out (below TINY_ZOOM): SVG path data for all of them
 * at once, beneath the cards.
 *
 * Zooming out over a large graph brings hundreds of edges into view at once, and Vue Flow draws each
 * with three components (wrapper, smooth-step edge, base edge) and two paths: zooming out to ~27 %
 * over 1000 layered jobs mounted ~600 of them, frames of 80-170 ms (bench, phase zoom). There the
 * lines are thin and nothing on them can be clicked: the same smooth-step routes, with a small
 * arrowhead each, drawn as a handful of paths that do not depend on the view (panning and zooming
 * redraw nothing). Edges raised on the canvas (selected, or of a selected job) stay highlighted, and
 * so does the critical path while the plan overlay is shown; cycles and missing jobs stay in the error
 * colour.
 */
import { Position, type GraphEdge, type GraphNode } from '@vue-flow/core'
import { handlePoint, smoothStepPath, type Point } from './edgeRoute'
import { missingStub, selfLoopPath } from './badEdgeRoute'
import type { CycleEdgeData, MissingEdgeData } from './canvasGraph'
import { backEdgePath, backEdgeRoute } from './backEdgeRoute'
import { cardBoxesOf, obstaclesOf } from './cardBoxes'

export interface EdgeSketch {
  /** Routes of the ordinary edges, then of the raised ones. */
  lines: string
  raisedLines: string
  /** Filled arrowheads at the dependent ends, in the same two groups. */
  arrows: string
  raisedArrows: string
  /** The critical path's edges while the plan overlay is shown (canvasEdges buildEdges' class). */
  criticalLines: string
  criticalArrows: string
  /** Cycles, loops of a job to itself and stubs of missing jobs, in the error colour. */
  errorLines: string
  errorArrows: string
  /** Edges out of the lineage shown (useLineage.ts), faint. */
  dimmedLines: string
  dimmedArrows: string
}

/** Arrowhead length and half-width, in flow units. */
const ARROW_LENGTH = 14
const ARROW_HALF = 7

/** A triangle with its tip on the target handle, pointing into the card. */
function arrowhead(tip: Point, side: Position | undefined): string {
  const [dx, dy] = side === Position.Left ? [-1, 0] : [0, -1] // back along the edge
  const bx = tip.x + dx * ARROW_LENGTH
  const by = tip.y + dy * ARROW_LENGTH
  const [px, py] = [dy * ARROW_HALF, dx * ARROW_HALF] // across the edge
  return `M${tip.x},${tip.y}L${bx + px},${by + py}L${bx - px},${by - py}Z`
}

const isRaised = (edge: GraphEdge) => (edge.zIndex ?? 0) > 0 || edge.selected === true
/** The edge's class tokens (canvasEdges buildEdges). */
const tokens = (edge: GraphEdge) => (typeof edge.class === 'string' ? edge.class.split(' ') : [])
/**
 * Errors (cycles, missing jobs) keep their colour even when raised or out of the lineage: they are
 * what needs fixing. Out of the lineage shown, an edge is faint; in it, or at the card under the
 * pointer, raised.
 */
function group(edge: GraphEdge) {
  const has = new Set(tokens(edge))
  if (has.has('cycle') || has.has('missing')) return 'error'
  if (has.has('dimmed')) return 'dimmed'
  if (isRaised(edge) || has.has('lineage') || has.has('near')) return 'raised'
  return has.has('critical') ? 'critical' : 'plain'
}

/**
 * The route of an edge: between its cards, around its one card (self), a stub (missing job), or
 * around the cards in its way (a cycle's back edge, among `nodes`).
 */
function routeOf(
  edge: GraphEdge,
  [source, target]: [GraphNode, GraphNode],
  from: Point,
  to: Point,
  nodes: readonly GraphNode[],
): string {
  const missing = (edge.data as MissingEdgeData | undefined)?.missing
  if (missing !== undefined) return missingStub(to, target.targetPosition, missing).path
  if (source === target) return selfLoopPath(from, to, source.sourcePosition)
  if ((edge.data as CycleEdgeData | undefined)?.cycle) {
    const horizontal = source.sourcePosition === Position.Right
    const route = backEdgeRoute(from, to, horizontal, obstaclesOf(cardBoxesOf(nodes), source, target))
    if (route) return backEdgePath(route)
  }
  return smoothStepPath(from, to, source.sourcePosition, target.targetPosition)
}

export function sketchEdges(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): EdgeSketch {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const parts = {
    plain: { lines: [] as string[], arrows: [] as string[] },
    raised: { lines: [] as string[], arrows: [] as string[] },
    critical: { lines: [] as string[], arrows: [] as string[] },
    error: { lines: [] as string[], arrows: [] as string[] },
    dimmed: { lines: [] as string[], arrows: [] as string[] },
  }
  for (const edge of edges) {
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    if (!source || !target) continue
    const from = handlePoint(source, 'source')
    const to = handlePoint(target, 'target')
    const route = routeOf(edge, [source, target], from, to, nodes)
    const into = parts[group(edge)]
    into.lines.push(route)
    into.arrows.push(arrowhead(to, target.targetPosition))
  }
  return {
    lines: parts.plain.lines.join(''),
    raisedLines: parts.raised.lines.join(''),
    arrows: parts.plain.arrows.join(''),
    raisedArrows: parts.raised.arrows.join(''),
    criticalLines: parts.critical.lines.join(''),
    criticalArrows: parts.critical.arrows.join(''),
    errorLines: parts.error.lines.join(''),
    errorArrows: parts.error.arrows.join(''),
    dimmedLines: parts.dimmed.lines.join(''),
    dimmedArrows: parts.dimmed.arrows.join(''),
  }
}
