/**
 * Labels for the zoomed-out view: one per column of cards (left to right; per row top to bottom),
 * "Wave 3 · 42 jobs", at a constant screen size along the graph's top (or left) edge. Below
 * TINY_ZOOM a card's text is unreadable, yet the graph's shape is what one looks at there.
 *
 * Columns come from where the cards are now, not from the layout that placed them (the user may
 * have moved cards, or another layout placed them): cards whose places along the flow overlap by
 * more than half a card form one column. A column's wave is the engine's wave with unlimited
 * workers (each job one step after its last dependency), read from the document's graph.
 */
import type { JobModel } from '@/domain/document/types'
import { dependencyIndex } from '@/domain/graph/dependencyIndex'
import { parallelWaves } from '@/domain/plan/order'
import type { XY } from '@/stores/layout'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'

export interface ColumnLabel {
  /** "Wave 3 · 42 jobs", "Waves 3–5 · 40 jobs", or "2 jobs" when none of them can run (a cycle). */
  text: string
  /** The same, short, for columns close together on screen: "W3 · 42", "W3–5 · 40", "2 jobs". */
  short: string
  /** The middle of the column along the flow, in flow units (x left to right, y top to bottom). */
  middle: number
  /** Where the column's cards start across the flow (its top left to right, its left top to bottom). */
  start: number
  jobs: number
}

/** 1-based wave per job id (jobs on a cycle or behind a missing job have none). */
const waveCache = new WeakMap<readonly JobModel[], Map<string, number>>()
export function wavesOf(jobs: readonly JobModel[]): Map<string, number> {
  const hit = waveCache.get(jobs)
  if (hit) return hit
  const index = dependencyIndex(
    jobs.flatMap((j) => (j.id === undefined ? [] : [{ id: j.id, dependencies: j.dependencies }])),
  )
  const waves = new Map<string, number>()
  parallelWaves(index, Infinity).forEach((wave, at) => {
    for (const job of wave) waves.set(index.ids[job]!, at + 1)
  })
  waveCache.set(jobs, waves)
  return waves
}

function labelTexts(waves: number[], jobs: number): { text: string; short: string } {
  const count = `${jobs} ${jobs === 1 ? 'job' : 'jobs'}`
  if (waves.length === 0) return { text: count, short: count }
  const [low, high] = [Math.min(...waves), Math.max(...waves)]
  return low === high
    ? { text: `Wave ${low} · ${count}`, short: `W${low} · ${jobs}` }
    : { text: `Waves ${low}–${high} · ${count}`, short: `W${low}–${high} · ${jobs}` }
}

/** The columns of the cards at `positions` (top-left corners), in order along the flow. */
export function columnLabels(
  positions: ReadonlyMap<string, XY>,
  horizontal: boolean,
  waves: ReadonlyMap<string, number>,
): ColumnLabel[] {
  const size = horizontal ? NODE_WIDTH : NODE_HEIGHT
  const cards = [...positions].map(([id, p]) => ({
    id,
    along: horizontal ? p.x : p.y,
    across: horizontal ? p.y : p.x,
  }))
  cards.sort((a, b) => a.along - b.along)
  const labels: ColumnLabel[] = []
  let group: typeof cards = []
  const close = () => {
    if (group.length === 0) return
    const first = group[0]!.along
    const last = group[group.length - 1]!.along
    const inWaves = group.flatMap((c) => (waves.has(c.id) ? [waves.get(c.id)!] : []))
    labels.push({
      ...labelTexts(inWaves, group.length),
      middle: (first + last + size) / 2,
      start: Math.min(...group.map((c) => c.across)),
      jobs: group.length,
    })
    group = []
  }
  for (const card of cards) {
    if (group.length > 0 && card.along - group[group.length - 1]!.along > size / 2) close()
    group.push(card)
  }
  close()
  return labels
}

/** About how wide a label is on screen (12 px semibold text, padding and border). */
export const labelWidth = (text: string) => text.length * 7 + 20

/**
 * Which labels to show, in order, at `middles` (screen pixels along the flow): each at least its
 * own half-width and its neighbour's plus `gap` from the last one shown. Zoomed very far out, columns
 * are closer than a label is wide: some are left unlabelled rather than labels drawn over each other.
 */
export function keptApart(middles: readonly number[], widths: readonly number[], gap = 8): number[] {
  const kept: number[] = []
  for (let i = 0; i < middles.length; i++) {
    const last = kept[kept.length - 1]
    if (last === undefined || middles[i]! - middles[last]! >= (widths[i]! + widths[last]!) / 2 + gap)
      kept.push(i)
  }
  return kept
}
