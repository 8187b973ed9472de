/**
 * Where a Gantt chart of one run draws things: one row per job (ordered by when it first started), one
 * bar per try, a thin segment for each retry wait between two tries of a job, and a time axis whose
 * ticks fall on round seconds / minutes / hours.
 */
import type { TimelineBar } from '@/api/history'

export interface TimelineBox {
  x: number
  width: number
  bar: TimelineBar
}
export interface TimelineRow {
  jobId: string
  y: number
  tries: TimelineBox[]
  /** Retry waits: from the end of one try to the start of the next, in pixels. */
  waits: { x: number; width: number; seconds: number }[]
  critical: boolean
}
export interface TimelineLayout {
  rows: TimelineRow[]
  ticks: { x: number; seconds: number }[]
  /** Seconds the axis spans. */
  span: number
  height: number
}

/** Bars narrower than this are still drawn at this width, so a 0.02 s try can be hovered. */
export const MIN_BAR_WIDTH = 2
const STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200]

/** A round tick step that gives about `wanted` ticks over `span` seconds. */
export function tickStep(span: number, wanted = 6): number {
  const raw = span / Math.max(1, wanted)
  return STEPS.find((step) => step >= raw) ?? Math.ceil(raw / 86400) * 86400
}

export function layoutTimeline(
  bars: readonly TimelineBar[],
  options: { width: number; rowHeight: number; critical?: readonly string[]; minSpan?: number },
): TimelineLayout {
  const end = bars.reduce((max, b) => Math.max(max, b.start_offset + b.duration), 0)
  const span = Math.max(end, options.minSpan ?? 0, 1e-9)
  const scale = options.width / span
  const critical = new Set(options.critical ?? [])
  const byJob = new Map<string, TimelineBar[]>()
  for (const bar of bars) byJob.set(bar.job_id, [...(byJob.get(bar.job_id) ?? []), bar])
  const first = (list: TimelineBar[]) => Math.min(...list.map((b) => b.start_offset))
  const jobs = [...byJob].sort((a, b) => first(a[1]) - first(b[1]))
  const rows = jobs.map(([jobId, list], i): TimelineRow => {
    const sorted = [...list].sort((a, b) => a.run_attempt - b.run_attempt || a.try - b.try)
    const tries = sorted.map((bar) => ({
      x: bar.start_offset * scale,
      width: Math.max(MIN_BAR_WIDTH, bar.duration * scale),
      bar,
    }))
    const waits: TimelineRow['waits'] = []
    for (let k = 1; k < sorted.length; k++) {
      const before = sorted[k - 1]!
      const after = sorted[k]!
      const gap = after.start_offset - (before.start_offset + before.duration)
      // Only waits inside one run attempt are retry delays; a resume is a new attempt of the run.
      if (after.run_attempt === before.run_attempt && gap > 0)
        waits.push({ x: (before.start_offset + before.duration) * scale, width: gap * scale, seconds: gap })
    }
    return { jobId, y: i * options.rowHeight, tries, waits, critical: critical.has(jobId) }
  })
  const step = tickStep(span)
  const ticks: TimelineLayout['ticks'] = []
  for (let s = 0; s <= span + 1e-9; s += step) ticks.push({ x: s * scale, seconds: Number(s.toFixed(3)) })
  return { rows, ticks, span, height: rows.length * options.rowHeight }
}
