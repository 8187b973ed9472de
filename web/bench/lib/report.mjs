// Aggregation of runs, the printed/markdown table, the budgets of issue 5, the README section.
import { readFileSync, writeFileSync } from 'node:fs'
import { median, percentile, round } from './stats.mjs'

/** One row per shape and size: medians over runs; latency percentiles over all samples of all runs. */
export function aggregate(shape, size, runs) {
  const pick = (key) => runs.map((r) => r[key]).filter((v) => typeof v === 'number')
  const pool = (key) => runs.flatMap((r) => r[key] ?? [])
  const frames = (kind) => runs.flatMap((r) => r.frames?.[kind] ?? [])
  const allFrames = [...frames('drag'), ...frames('pan'), ...frames('zoom')]
  return {
    shape,
    size,
    runs: runs.length,
    openPaintedMs: round(median(pick('openPaintedMs'))),
    openInteractiveMs: round(median(pick('openInteractiveMs'))),
    layoutMs: round(median(pick('layoutMs'))),
    layoutMaxTaskMs: round(median(pick('layoutMaxTaskMs'))),
    keystrokeP50Ms: round(percentile(pool('keystrokeMs'), 50)),
    keystrokeP95Ms: round(percentile(pool('keystrokeMs'), 95)),
    formEditP50Ms: round(percentile(pool('formEditMs'), 50)),
    formEditP95Ms: round(percentile(pool('formEditMs'), 95)),
    deleteP95Ms: round(percentile(pool('deleteMs'), 95)),
    dragP95Ms: round(percentile(frames('drag'), 95)),
    panP95Ms: round(percentile(frames('pan'), 95)),
    zoomP95Ms: round(percentile(frames('zoom'), 95)),
    frameP95Ms: round(percentile(allFrames, 95)),
    heapMb: round(median(pick('heapMb'))),
    maxLongTaskMs: round(Math.max(0, ...pick('maxLongTaskMs'))),
    nodesRendered: median(pick('nodesRendered')),
    nodesInView: median(pick('nodesInView')),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  }
}

const COLUMNS = [
  ['shape', 'shape'],
  ['size', 'jobs'],
  ['runs', 'runs'],
  ['openInteractiveMs', 'open→interactive'],
  ['nodesInView', 'nodes in view'],
  ['layoutMs', 'auto-layout'],
  ['layoutMaxTaskMs', 'max task in layout'],
  ['keystrokeP50Ms', 'key→canvas p50'],
  ['keystrokeP95Ms', 'key→canvas p95'],
  ['formEditP50Ms', 'form→JSON p50'],
  ['formEditP95Ms', 'form→JSON p95'],
  ['deleteP95Ms', 'delete→card gone p95'],
  ['frameP95Ms', 'drag/pan/zoom frame p95'],
  ['heapMb', 'heap MB'],
  ['maxLongTaskMs', 'longest task'],
  // Of the layout the file opens with (layoutQuality.ts): edges as the canvas draws them.
  ['crossings', 'crossings'],
  ['edgeLengthKpx', 'edge length (k px)'],
]

export function markdownTable(rows) {
  const head = `| ${COLUMNS.map(([, h]) => h).join(' | ')} |`
  const rule = `|${COLUMNS.map(() => '---').join('|')}|`
  const body = rows.map((r) => `| ${COLUMNS.map(([k]) => r[k] ?? '—').join(' | ')} |`)
  return [head, rule, ...body].join('\n')
}

/**
 * Budgets of issue 5, judged on the worst shape at 1000 jobs (and 2000 for the freeze rule), and
 * issue 12's small-file open (the worst shape and size up to 300 jobs).
 */
export function budgets(rows, bundle) {
  const at = (size, key) => {
    const values = rows.filter((r) => r.size === size).map((r) => r[key])
    if (values.length === 0 || values.some((v) => v === null || v === undefined)) return null
    return Math.max(...values)
  }
  const small = rows.filter((r) => r.size <= 300).map((r) => r.openInteractiveMs)
  const worstSmall = small.length && small.every((v) => typeof v === 'number') ? Math.max(...small) : null
  const list = [
    ['open → interactive at 100/200/300 (worst shape)', worstSmall, 400, 'ms'],
    ['open → interactive at 1000', at(1000, 'openInteractiveMs'), 2500, 'ms'],
    ['longest main-thread task during layout at 1000', at(1000, 'layoutMaxTaskMs'), 200, 'ms'],
    ['keystroke → canvas p95 at 1000', at(1000, 'keystrokeP95Ms'), 100, 'ms'],
    ['form edit → JSON p95 at 1000', at(1000, 'formEditP95Ms'), 50, 'ms'],
    ['delete selected job → card gone p95 at 200', at(200, 'deleteP95Ms'), 250, 'ms'],
    // Issue 12: one 60 Hz refresh (16.7 ms; frame times are rounded to whole ms, hence 17).
    ['drag/pan/zoom frame p95 at 1000', at(1000, 'frameP95Ms'), 17, 'ms'],
    ['JS heap after open at 1000', at(1000, 'heapMb'), 250, 'MB'],
    ['initial JS (gzip)', bundle.initialJsGzipKb, 350, 'KB'],
    ['longest freeze at 2000', at(2000, 'maxLongTaskMs'), 1000, 'ms'],
  ]
  return list.map(([name, value, limit, unit]) => ({
    name,
    value,
    limit,
    unit,
    met: value === null ? null : value <= limit,
  }))
}

export function budgetLines(list) {
  return list.map(
    (b) =>
      `- ${b.met === null ? 'not measured' : b.met ? 'met' : '**not met**'}: ${b.name}: ` +
      `${b.value ?? '—'} ${b.unit} (budget ≤ ${b.limit} ${b.unit})`,
  )
}

/**
 * Replace a generated part of the README's Performance section: between `<!-- bench:start -->` and
 * `<!-- bench:end -->`, or `<!-- bench-<section>:start -->` … `:end -->` for another script's table.
 */
export function updateReadme(path, markdown, section = '') {
  const name = section ? `bench-${section}` : 'bench'
  const START = `<!-- ${name}:start -->`
  const END = `<!-- ${name}:end -->`
  const text = readFileSync(path, 'utf8')
  const a = text.indexOf(START)
  const b = text.indexOf(END)
  if (a < 0 || b < a) return false
  writeFileSync(path, `${text.slice(0, a + START.length)}\n${markdown}\n${text.slice(b)}`)
  return true
}
