/**
 * The canvas's edges for Vue Flow, derived from the dependencies, the selection and the plan/run
 * overlays; unchanged edges keep their objects (so Vue Flow re-renders none of them). Their
 * arrowheads follow from their class (edgeArrows.ts).
 */
import type { Edge } from '@vue-flow/core'
import { NO_BAD_LINKS, type BadLinks } from './badLinks'
import { edgeId, missingEdgeId, nodeIdOf, type CycleEdgeData, type MissingEdgeData } from './edgeIds'

/**
 * Edges are drawn above the others while they or one of their jobs is selected. Given as each
 * edge's zIndex: Vue Flow's own `elevate-edges-on-select` reads both cards' positions for every
 * edge on every render, so dragging one card re-rendered every edge in view (at 1000 jobs).
 */
const RAISED = 1000

const shown = (id: string) => id || '(empty id)'

/** Edge objects by id with what they were built from: an unchanged edge is the same object. */
export type EdgeCache = Map<string, { selected: boolean; raised: boolean; look: string; edge: Edge }>

/** What the plan and run overlays (stores/canvasOverlay.ts) change on edges. */
export interface EdgeOverlay {
  /** Edge ids on the critical path (drawn in the accent colour, thicker). */
  critical: ReadonlySet<string>
  /** Jobs running now: the edges into them animate. */
  running: ReadonlySet<string>
  /** The lineage shown (useLineage.ts): edges between its jobs are drawn as `lineage`, others `dimmed`. */
  lineage?: ReadonlySet<string> | null
  /** The job under the pointer: its edges are drawn as `near`. */
  hovered?: string | null
}
const NO_OVERLAY: EdgeOverlay = { critical: new Set(), running: new Set() }

/**
 * The canvas's edges. With a `cache`, an edge that looks the same as last time is the same object:
 * every keystroke in a 1000-job file rebuilt ~1900 edge objects only to find them unchanged.
 */
export function buildEdges(
  links: readonly { from: string; to: string }[],
  placed: ReadonlySet<string>,
  selected: ReadonlySet<string>,
  selectedJobs: ReadonlySet<string> = new Set(),
  cache: EdgeCache = new Map(),
  overlay: EdgeOverlay = NO_OVERLAY,
  bad: BadLinks = NO_BAD_LINKS,
): Edge[] {
  const edges: Edge[] = []
  const seen = new Set<string>()
  for (const l of links) {
    if (!placed.has(l.from) || !placed.has(l.to)) continue
    const id = edgeId(l.from, l.to)
    const isSelected = selected.has(id)
    const raised = isSelected || selectedJobs.has(l.from) || selectedJobs.has(l.to)
    // A cycle is an error the user must see: it outranks the plan's highlight (no plan has a cycle).
    const cycle = bad.cycle.has(id)
    const critical = !cycle && overlay.critical.has(id)
    const animated = overlay.running.has(l.to)
    const kin = overlay.lineage ? overlay.lineage.has(l.from) && overlay.lineage.has(l.to) : null
    const near = overlay.hovered != null && (overlay.hovered === l.from || overlay.hovered === l.to)
    // Class tokens on the edge's <g> (style.css, edgeSketch.ts): what it is first, then how it is shown.
    const classes = [
      cycle ? 'cycle' : critical ? 'critical' : '',
      kin === true && 'lineage',
      kin === false && 'dimmed',
      near && 'near',
    ]
      .filter(Boolean)
      .join(' ')
    const look = `${classes}${animated ? ' animated' : ''}`
    seen.add(id)
    const hit = cache.get(id)
    if (hit && hit.selected === isSelected && hit.raised === raised && hit.look === look) {
      edges.push(hit.edge)
      continue
    }
    const edge = {
      id,
      source: nodeIdOf(l.from),
      target: nodeIdOf(l.to),
      type: 'job',
      // Not in Vue Flow's input type, but copied onto its edge state (patchEdges compares it).
      selected: isSelected,
      zIndex: raised ? RAISED : 0,
      ariaLabel:
        l.from === l.to
          ? `${shown(l.to)} depends on itself (cycle)`
          : `${shown(l.to)} depends on ${shown(l.from)}${cycle ? ' (cycle)' : ''}`,
      // Vue Flow puts `class` on the edge's <g>, with `animated` (its dashed, moving stroke).
      class: classes,
      animated,
      // Read by the renderers: a cycle's edge that runs back goes around the cards (backEdgeRoute.ts).
      ...(cycle && { data: { cycle: true } satisfies CycleEdgeData }),
    } as Edge
    cache.set(id, { selected: isSelected, raised, look, edge })
    edges.push(edge)
  }
  for (const m of bad.missing) {
    if (!placed.has(m.to)) continue
    const id = missingEdgeId(m.from, m.to)
    const raised = selectedJobs.has(m.to)
    seen.add(id)
    const hit = cache.get(id)
    if (hit && hit.raised === raised) {
      edges.push(hit.edge)
      continue
    }
    // From the card to itself: Vue Flow needs two cards, and JobEdge draws only the end at its target.
    const edge = {
      id,
      source: nodeIdOf(m.to),
      target: nodeIdOf(m.to),
      type: 'job',
      // Not an edge that Delete could remove: a click selects its job instead (JobEdge).
      selectable: false,
      zIndex: raised ? RAISED : 0,
      ariaLabel: `${shown(m.to)} depends on ${shown(m.from)}, which does not exist`,
      class: 'missing',
      data: { missing: m.from } satisfies MissingEdgeData,
    } as Edge
    cache.set(id, { selected: false, raised, look: 'missing', edge })
    edges.push(edge)
  }
  // Forget edges that are gone (a job renamed while typing leaves its old edges behind).
  if (cache.size > edges.length) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id)
  return edges
}

/** Whether two edge lists show the same thing (buildEdges derives every field from id, selection, label, overlay). */
export function sameEdges(a: readonly Edge[], b: readonly Edge[]): boolean {
  const selected = (e: Edge) => (e as { selected?: boolean }).selected
  return (
    a.length === b.length &&
    a.every(
      (e, i) =>
        e === b[i] ||
        (e.id === b[i]!.id &&
          selected(e) === selected(b[i]!) &&
          e.zIndex === b[i]!.zIndex &&
          e.ariaLabel === b[i]!.ariaLabel &&
          e.class === b[i]!.class &&
          e.animated === b[i]!.animated),
    )
  )
}
