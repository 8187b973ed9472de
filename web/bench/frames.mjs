#!/usr/bin/env node
/* global Buffer */
// The drag/pan/zoom frames alone (the bench's gestures, bench/lib/scenario.mjs), builds interleaved
// (A, B, A, B …) on one generated config, each run a fresh page: per gesture the frame count, the
// frames over 20 ms (a vsync missed), p95 and the worst. Quicker than run.mjs to compare two builds:
//   node bench/frames.mjs --dists DIR_A,DIR_B [--rounds 3] [--shape layered] [--size 1000] [--out FILE]
// As in run.mjs, a job is first chosen in the list (the inspector open), as after its delete phase.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { generateConfig } from './generate.mjs'
import { serveStatic } from './lib/server.mjs'
import { installProbe, waitOpened } from './lib/probe.mjs'
import { chooseListedJob, gestures } from './lib/scenario.mjs'
import { percentile } from './lib/stats.mjs'

const { values: opts } = parseArgs({
  options: {
    dists: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    shape: { type: 'string', default: 'layered' },
    size: { type: 'string', default: '1000' },
    out: { type: 'string' },
  },
})
if (!opts.dists) {
  console.error('usage: node bench/frames.mjs --dists DIR_A,DIR_B [--rounds N] [--shape S] [--size N]')
  process.exit(1)
}
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
const dists = opts.dists.split(',')
const text = generateConfig(opts.shape, Number(opts.size))
const jobs = JSON.parse(text).jobs.length

const summary = (deltas) =>
  `${deltas.length} frames, ${deltas.filter((d) => d > 20).length} over 20 ms, ` +
  `p95 ${Math.round(percentile(deltas, 95))}, worst ${Math.round(Math.max(...deltas))}`

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbe)
    await page.goto(url)
    await page
      .getByTestId('open-file-input')
      .setInputFiles({ name: 'frames.json', mimeType: 'application/json', buffer: Buffer.from(text) })
    await page.evaluate(waitOpened, { jobs, quietMs: 500, timeoutMs: 300_000 })
    await chooseListedJob(page)
    return await gestures(page)
  } finally {
    await context.close()
  }
}

const servers = await Promise.all(dists.map((d) => serveStatic(d)))
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: FLAGS,
})
const results = []
try {
  for (let round = 0; round < Number(opts.rounds); round++)
    for (const [i, dist] of dists.entries()) {
      const frames = await measure(browser, servers[i].url)
      results.push({ round, dist, frames })
      console.log(`round ${round + 1} ${dist}`)
      for (const [gesture, deltas] of Object.entries(frames)) console.log(`  ${gesture}: ${summary(deltas)}`)
    }
} finally {
  await browser.close()
  for (const server of servers) await server.close()
}
if (opts.out) writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n')
