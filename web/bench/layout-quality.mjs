#!/usr/bin/env node
// The automatic layout's quality and time, in Node, against ELK (the layered layout of Auto-arrange)
// and optionally an older wave placement: crossings, cards passed behind and total edge length
// (src/features/canvas/layoutQuality.ts) on the bench's generated configs.
//   node bench/layout-quality.mjs [--sizes 100,200,300,500,1000,2000] [--shapes chain,fanout,layered]
//     [--elk-up-to 1000] [--before path/to/old/waveLayout.ts] [--runs 3]
// Prints a markdown table; writes bench/results/layout-quality.json.
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'
import ELK from 'elkjs/lib/elk.bundled.js'
import { generateConfig, SHAPES } from './generate.mjs'
import { edgesOf, layoutFigures } from './lib/quality.mjs'
import { median } from './lib/stats.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,200,300,500,1000,2000' },
    shapes: { type: 'string', default: Object.keys(SHAPES).join(',') },
    'elk-up-to': { type: 'string', default: '1000' },
    before: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
})
const canvas = join(HERE, '..', 'src', 'features', 'canvas')
const { waveLayout } = await tsImport(join(canvas, 'waveLayout.ts'), import.meta.url)
const { elkPositions } = await tsImport(join(canvas, 'elkLayout.ts'), import.meta.url)
const before = opts.before
  ? (await tsImport(pathToFileURL(resolve(opts.before)).href, import.meta.url)).waveLayout
  : null
const CARD = { width: 240, height: 112 }

/** Median wall time of `runs` calls (ms) and the last result. */
async function timed(runs, f) {
  const times = []
  let result
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    result = await f()
    times.push(performance.now() - started)
  }
  return { ms: Math.round(median(times)), result }
}

const rows = []
for (const size of opts.sizes.split(',').map(Number)) {
  for (const shape of opts.shapes.split(',')) {
    const text = generateConfig(shape, size)
    const ids = JSON.parse(text).jobs.map((j) => j.id)
    const edges = edgesOf(text)
    const input = { ids, edges, direction: 'LR', ...CARD }
    const layouts = [['waves', () => waveLayout(input), Number(opts.runs)]]
    if (before) layouts.push(['waves before', () => before(input), Number(opts.runs)])
    if (size <= Number(opts['elk-up-to'])) {
      const nodes = ids.map((id) => ({ id, ...CARD }))
      // A fresh ELK each time, as a cold worker or the command line has; once: it takes seconds.
      layouts.push(['ELK', () => elkPositions(new ELK(), nodes, edges, 'LR'), 1])
    }
    for (const [layout, f, runs] of layouts) {
      const { ms, result } = await timed(runs, f)
      const figures = await layoutFigures(result, text)
      rows.push({ shape, size, layout, ms, ...figures })
      console.error(`${shape} ${size} ${layout}: ${JSON.stringify(figures)} in ${ms} ms`)
    }
  }
}

const kpx = (v) => Math.round(v / 1000)
const table = [
  '| shape | jobs | layout | crossings | cards behind edges | edge length (k px) | drawing (k px) | time (ms) |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.shape} | ${r.size} | ${r.layout} | ${r.crossings} | ${r.behindCards} | ${kpx(r.edgeLength)} | ` +
      `${(r.drawingWidth / 1000).toFixed(1)} × ${(r.drawingHeight / 1000).toFixed(1)} | ${r.ms} |`,
  ),
].join('\n')
console.log(
  `\nLoad average ${loadavg()[0].toFixed(1)} at the end (time: median of ${opts.runs} runs in one warm Node process; ELK once, cold).\n\n${table}\n`,
)
writeFileSync(
  join(HERE, 'results', 'layout-quality.json'),
  JSON.stringify({ options: opts, rows }, null, 2) + '\n',
)
