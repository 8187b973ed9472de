#!/usr/bin/env node
// `make bench`: how long the domain code behind an edit takes on big configs, in Node (through tsx, no
// build step), on the same configs the unit tests check for correctness (src/domain/bigConfigs.testkit.ts).
// These budgets used to be asserted in the unit tests, where a busy shared CI machine made them flaky.
// Each figure: best and median of --runs warm runs (the first run, with JIT warm-up, is not counted).
// Writes bench/results/domain.json and the README section between <!-- bench-domain:start --> and
// <!-- bench-domain:end -->. Options: --runs 7 --no-readme.
import { writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'
import { median, round } from './lib/stats.mjs'
import { updateReadme } from './lib/report.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const README = join(HERE, '..', '..', 'README.md')
const { values: opts } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'no-readme': { type: 'boolean', default: false } },
})
const RUNS = Number(opts.runs)

const load = (path) => tsImport(`../src/${path}`, import.meta.url)
const [
  configs,
  { parseDocument },
  { diagnose },
  { buildPlan },
  planView,
  { cardOverlays },
  commands,
  { dependencyIndex },
  { lineageOf },
] = await Promise.all([
  load('domain/bigConfigs.testkit.ts'),
  load('domain/document/parse.ts'),
  load('domain/diagnostics/index.ts'),
  load('domain/plan/index.ts'),
  load('features/plan/planView.ts'),
  load('features/canvas/cardOverlay.ts'),
  load('domain/document/commands.ts'),
  load('domain/graph/dependencyIndex.ts'),
  load('domain/graph/lineage.ts'),
])

/** A model from `[id, deps]` pairs, as src/domain/plan/order.test.ts builds them. */
const pairsModel = (pairs, app = {}) =>
  parseDocument(
    JSON.stringify({
      working_dir: '/tmp',
      ...app,
      jobs: pairs.map(([id, deps]) => ({ id, command: 'true', ...(deps ? { dependencies: deps } : {}) })),
    }),
  ).model

function time(work) {
  work() // warm-up, not counted
  const samples = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    work()
    samples.push(performance.now() - started)
  }
  return { best: round(Math.min(...samples), 1), median: round(median(samples), 1) }
}

const sound = parseDocument(configs.diagnosticsConfig(1000))
const broken = parseDocument(configs.diagnosticsConfig(1000, 'missing_'))
const planModel = parseDocument(configs.planConfig(1000)).model
const orderModels = [
  pairsModel(configs.backwardsChain(1000)),
  pairsModel(configs.fanIn(1000), { parallel: true, max_workers: 10 }),
]
const references = configs.referencesConfig(2000)
// 2000 layered jobs, two dependencies each, as src/domain/graph/lineage.test.ts builds them.
const layered = {}
for (let i = 0; i < 2000; i++)
  layered[`j${i}`] = i < 20 ? [] : [`j${i - 20}`, `j${i - 20 - (i % 7)}`].filter((d) => d in layered)
const lineageIndex = dependencyIndex(
  Object.entries(layered).map(([id, dependencies]) => ({ id, dependencies })),
)

// [what, budget in ms (on the best run), the work]
const SCENARIOS = [
  [
    'lineage (upstream and downstream) of a job in 2000 layered jobs',
    50,
    () => lineageOf(lineageIndex, 'j1000'),
  ],
  ['diagnose a 1000-job config', 100, () => diagnose(sound)],
  ['diagnose a 1000-job config with hundreds of quick fixes', 100, () => diagnose(broken)],
  [
    'plan, listed section and canvas overlay of 1000 jobs',
    50,
    () => {
      const plan = buildPlan(planModel)
      const waves = planView.waveOf(plan)
      planView.planSummary(plan)
      planView.sectionRows(plan, 'order', waves)
      cardOverlays({ waves, criticalPath: plan.criticalPath.ids }, null)
    },
  ],
  [
    'plan a 1000-job backwards chain and a 1000-job fan-in',
    250,
    () => orderModels.forEach((m) => buildPlan(m)),
  ],
  [
    'rename a job referenced 2000 times and remove 3 jobs (2000 jobs)',
    8000,
    () => {
      commands.renameJob(references, 'j0', 'first')
      commands.removeJobs(references, ['j0', 'j1', 'j500'])
    },
  ],
]

const rows = SCENARIOS.map(([name, budget, work]) => {
  const row = { name, budget, ...time(work) }
  console.error(`domain: ${name}: best ${row.best} ms, median ${row.median} ms`)
  return row
})

const lines = [
  `Domain code in Node at 1000–2000 jobs, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
    `(best and median of ${RUNS} warm runs; \`web/bench/domain.mjs\`), load average ${loadavg()[0].toFixed(1)} ` +
    `at the end on ${availableParallelism()} cores. Budgets are judged on the best run (the one not slowed by other work).`,
  '',
  '| what | best (ms) | median (ms) | budget (ms) |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.best} | ${r.median} | ${r.budget} |`),
  '',
  ...rows.map(
    (r) => `- ${r.best <= r.budget ? 'met' : 'MISSED'}: ${r.name}: ${r.best} ms (budget ≤ ${r.budget} ms)`,
  ),
]
const markdown = lines.join('\n')
writeFileSync(
  join(HERE, 'results', 'domain.json'),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2) + '\n',
)
console.log(markdown)
if (!opts['no-readme'] && !updateReadme(README, markdown, 'domain'))
  console.error('README.md has no <!-- bench-domain:start --> … end section; table not written')
