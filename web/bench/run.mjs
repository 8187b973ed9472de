#!/usr/bin/env node
// `make bench`: measures the production build (web/dist) with configs of 100–2000 jobs in three shapes,
// in Debian's Chromium. Options: --sizes 100,1000 --shapes chain,fanout,layered --runs 3 --runs-2000 2
// --runs-1000 3 --samples 10 --no-readme --dist DIR --open-only (the open figures alone)
// --compare-elk layered-300,layered-1000. Writes bench/results/latest.json; a full run also refreshes
// the README table.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { generateConfig, SHAPES } from './generate.mjs'
import { serveStatic } from './lib/server.mjs'
import { bundleSizes } from './lib/bundle.mjs'
import { runOnce } from './lib/scenario.mjs'
import { aggregate, budgetLines, budgets, markdownTable, updateReadme } from './lib/report.mjs'
import { comparisonLines, elkFigures, layoutFigures } from './lib/quality.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const README = join(HERE, '..', '..', 'README.md')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const DEFAULT_SIZES = '100,200,300,500,1000,2000'
const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: DEFAULT_SIZES },
    shapes: { type: 'string', default: Object.keys(SHAPES).join(',') },
    runs: { type: 'string', default: '3' },
    'runs-1000': { type: 'string', default: '3' },
    'runs-2000': { type: 'string', default: '1' },
    samples: { type: 'string', default: '10' },
    'no-readme': { type: 'boolean', default: false },
    // A build elsewhere (e.g. a private copy while others rebuild web/dist).
    dist: { type: 'string', default: join(HERE, '..', 'dist') },
    'open-only': { type: 'boolean', default: false },
    // ELK's layout quality on these configs, for comparison (computed in Node, seconds at 1000).
    'compare-elk': { type: 'string', default: 'layered-300,layered-1000' },
  },
})
const sizes = opts.sizes.split(',').map(Number)
const shapes = opts.shapes.split(',')
const DIST = opts.dist
const full =
  opts.sizes === DEFAULT_SIZES && shapes.length === Object.keys(SHAPES).length && !opts['open-only']
const log = (...a) => console.error(...a)

/** The commit measured (with "+changes" when the working tree differs), for the README line. */
function commit() {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: HERE }).toString().trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '..'], { cwd: HERE }).toString().trim()
    return dirty ? `${id}+changes` : id
  } catch {
    return 'unknown'
  }
}

function machine(browserVersion) {
  return {
    commit: process.env.BENCH_COMMIT ?? commit(),
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverage1m: Number(loadavg()[0].toFixed(1)),
    chromium: browserVersion,
    node: process.version,
  }
}

/** The table's layout quality columns (layoutQuality.ts) of the layout a file opens with. */
const qualityColumns = (f) => ({
  crossings: f?.crossings ?? null,
  edgeLengthKpx: f ? Math.round(f.edgeLength / 1000) : null,
})

async function main() {
  const bundle = bundleSizes(DIST)
  const tmp = mkdtempSync(join(tmpdir(), 'studio-bench-'))
  const server = await serveStatic(DIST)
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
  const env = machine(browser.version())
  const rows = []
  const raw = {}
  const comparisons = []
  try {
    for (const size of sizes) {
      for (const shape of shapes) {
        const name = `bench-${shape}-${size}.json`
        const text = generateConfig(shape, size)
        writeFileSync(join(tmp, name), text) // kept for inspection while the run lasts
        const ids = JSON.parse(text).jobs.map((j) => j.id)
        const count = Number(size >= 2000 ? opts['runs-2000'] : size >= 1000 ? opts['runs-1000'] : opts.runs)
        const runs = []
        for (let i = 0; i < count; i++) {
          const started = Date.now()
          // Fewer latency samples at 2000 jobs, where each one can take seconds on a busy machine.
          const samples = size >= 2000 ? Math.min(4, Number(opts.samples)) : Number(opts.samples)
          const r = await runOnce(browser, server.url, {
            name,
            text,
            ids,
            samples,
            openOnly: opts['open-only'],
          })
          log(
            `${shape} ${size} run ${i + 1}/${count}: open ${Math.round(r.openInteractiveMs)} ms, layout ` +
              `${Math.round(r.layoutMs)} ms (${((Date.now() - started) / 1000).toFixed(0)} s); longest task by phase ` +
              `${JSON.stringify(r.longestByPhase ?? {})}` +
              (r.errors.length ? `; errors: ${r.errors.join('; ')}` : ''),
          )
          runs.push(r)
        }
        // The layout is the same in every run (deterministic): its figures from the first.
        const opened = runs[0]?.positions ? await layoutFigures(runs[0].positions, text) : null
        for (const r of runs) delete r.positions
        raw[`${shape}-${size}`] = runs
        rows.push({ ...aggregate(shape, size, runs), ...qualityColumns(opened) })
        if (opened && opts['compare-elk'].split(',').includes(`${shape}-${size}`))
          comparisons.push({ shape, size, opened, elk: await elkFigures(text) })
      }
    }
  } finally {
    await browser.close()
    await server.close()
    rmSync(tmp, { recursive: true, force: true })
  }

  const verdicts = budgets(rows, bundle)
  const lazy = bundle.lazy
    .filter((f) => f.file.endsWith('.js'))
    .map((f) => `${f.file.replace(/^assets\//, '')} ${f.gzipKb} KB`)
    .join(', ')
  const md = [
    `Measured ${env.date.slice(0, 16).replace('T', ' ')} UTC (commit ${env.commit}) on ${env.nproc} × ${env.cpu}, ${env.chromium} ` +
      `(headless), Node ${env.node}, load average ${env.loadAverage1m} at the start. Times in ms; ` +
      `medians over runs, latency percentiles over all samples.`,
    '',
    markdownTable(rows),
    '',
    `Initial JS ${bundle.initialJsGzipKb} KB gzip, CSS ${bundle.initialCssGzipKb} KB gzip; lazy: ${lazy}.`,
    '',
    ...budgetLines(verdicts),
    ...comparisonLines(comparisons),
  ].join('\n')
  console.log(`\n${md}\n`)
  const errors = rows.filter((r) => r.errors.length)
  for (const r of errors) log(`errors in ${r.shape} ${r.size}: ${r.errors.join('; ')}`)

  const out = join(HERE, 'results', full ? 'latest.json' : 'partial.json')
  writeFileSync(
    out,
    JSON.stringify(
      { machine: env, options: opts, bundle, rows, budgets: verdicts, comparisons, raw },
      null,
      2,
    ) + '\n',
  )
  log(`results: ${out}`)
  if (full && !opts['no-readme'])
    log(updateReadme(README, md) ? 'README table updated' : 'README markers missing')
}

try {
  execFileSync('test', ['-f', join(DIST, 'index.html')])
} catch {
  console.error('web/dist is missing: run `make setup` (or `npx vite build`) first')
  process.exit(1)
}
await main()
