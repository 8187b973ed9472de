#!/usr/bin/env node
// `make bench` (after run.mjs): how long `executioner-studio export` takes from the command line, as a
// user runs it (Node start-up included), for the generated configs of 1000 jobs in each shape.
// Budgets (issue 13): SVG ≤ 2 s, Airflow DAG ≤ 1 s. Writes bench/results/export.json and the README
// section between <!-- bench-export:start --> and <!-- bench-export:end -->. Options: --runs 3 --no-readme.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateConfig, SHAPES } from './generate.mjs'
import { median, round } from './lib/stats.mjs'
import { updateReadme } from './lib/report.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const BIN = join(ROOT, 'bin', 'executioner-studio')
const README = join(ROOT, 'README.md')
const SIZE = 1000
const FORMATS = { svg: 2000, png: null, mermaid: null, airflow: 1000 }
const { values: opts } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'no-readme': { type: 'boolean', default: false } },
})

// CPU time (user + sys) too where GNU time exists: on a shared machine wall times mostly measure the load.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

function timeExport(file, format, out) {
  const args = ['export', file, '--format', format, '-o', out]
  const cpuFile = `${out}.cpu`
  const stdio = ['ignore', 'ignore', 'inherit']
  const started = performance.now()
  if (GNU_TIME) execFileSync(GNU_TIME, ['-f', '%U %S', '-o', cpuFile, BIN, ...args], { stdio })
  else execFileSync(BIN, args, { stdio })
  const wall = performance.now() - started
  if (!GNU_TIME) return { wall, cpu: NaN }
  const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number)
  return { wall, cpu: (user + sys) * 1000 }
}

const tmp = mkdtempSync(join(tmpdir(), 'studio-export-bench-'))
const rows = []
try {
  for (const shape of Object.keys(SHAPES)) {
    const file = join(tmp, `${shape}_${SIZE}.json`)
    writeFileSync(file, generateConfig(shape, SIZE))
    const row = { shape, size: SIZE }
    for (const format of Object.keys(FORMATS)) {
      const times = Array.from({ length: Number(opts.runs) }, () =>
        timeExport(file, format, join(tmp, `out.${format}`)),
      )
      row[format] = round(median(times.map((t) => t.wall)))
      row[`${format}Cpu`] = round(median(times.map((t) => t.cpu)))
      console.error(
        `export ${shape} ${SIZE} ${format}: ${times.map((t) => Math.round(t.wall)).join(', ')} ms`,
      )
    }
    rows.push(row)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const worst = (format) => Math.max(...rows.map((r) => r[format]))
const lines = [
  `Command-line export at ${SIZE} jobs, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
    `(median of ${opts.runs} runs, Node start-up included; \`web/bench/export.mjs\`), load average ` +
    `${loadavg()[0].toFixed(1)} at the end on ${availableParallelism()} cores. Wall times in ms; CPU = user + sys ` +
    'of the process, what the export costs without the wait for a core.',
  '',
  '| shape | jobs | SVG | PNG | Mermaid | Airflow DAG | CPU: SVG | CPU: Airflow |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.shape} | ${r.size} | ${r.svg} | ${r.png} | ${r.mermaid} | ${r.airflow} | ${r.svgCpu ?? '–'} | ${r.airflowCpu ?? '–'} |`,
  ),
  '',
  ...Object.entries(FORMATS)
    .filter(([, budget]) => budget !== null)
    .map(([format, budget]) => {
      const ms = worst(format)
      return `- ${ms <= budget ? 'met' : 'NOT met'}: export to ${format === 'svg' ? 'SVG' : 'an Airflow DAG'} at ${SIZE}: ${ms} ms (budget ≤ ${budget} ms)`
    }),
]
const markdown = lines.join('\n')
writeFileSync(
  join(HERE, 'results', 'export.json'),
  JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
)
console.log(markdown)
if (!opts['no-readme'] && !updateReadme(README, markdown, 'export'))
  console.error('README.md has no <!-- bench-export:start --> … end section; table not written')
