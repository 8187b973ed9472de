#!/usr/bin/env node
/* global Buffer */
// Where a gesture's frame time goes beyond script: a Chromium trace of one drag, pan or zoom (as the
// bench's gestures), reported as CPU time per thread (renderer main, compositor, viz, raster) over the
// whole gesture, and the main thread's top trace events. CPU time, not wall time, so builds can be
// compared on a busy machine (alternate them: a build at a time, several rounds). Usage:
//   node bench/trace.mjs --shape layered --size 1000 --phase drag|pan|zoom [--dist DIR] [--css 'rule'] [--top 20]
//     [--tasks 14] [--select]
// --css adds a style rule before the gesture, to try a paint change without building. --tasks lists
// the main thread's tasks longer than that many ms (the frames missed), each with its largest parts.
import { parseArgs } from 'node:util'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { generateConfig } from './generate.mjs'
import { serveStatic } from './lib/server.mjs'
import { installProbe, waitOpened } from './lib/probe.mjs'
import { chooseListedJob, findPoint } from './lib/scenario.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const { values: opts } = parseArgs({
  options: {
    shape: { type: 'string', default: 'layered' },
    size: { type: 'string', default: '1000' },
    phase: { type: 'string', default: 'pan' },
    dist: { type: 'string', default: join(HERE, '..', 'dist') },
    css: { type: 'string' },
    top: { type: 'string', default: '0' },
    tasks: { type: 'string' },
    // As frames.mjs and run.mjs: a job chosen in the list first (the inspector open, the job brought into view).
    select: { type: 'boolean', default: false },
  },
})
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz']

/** As bench/lib/scenario.mjs gestures: a card moved 160 × 90 px, the pane dragged, the wheel out and in. */
async function gesture(page) {
  if (opts.phase === 'zoom') {
    const box = await page.getByTestId('canvas').boundingBox()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120)
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120)
    return
  }
  const at = await page.evaluate(findPoint, opts.phase === 'drag' ? 'node' : 'pane')
  const [dx, dy] = opts.phase === 'drag' ? [160, 90] : [-250, -120]
  await page.mouse.move(at.x, at.y)
  await page.mouse.down()
  await page.mouse.move(at.x + dx, at.y + dy, { steps: 40 })
  await page.mouse.up()
}

/** The renderer main thread's tasks longer than `ms`, each with the events inside it, by wall time. */
function longTasks(events, ms) {
  const names = new Map()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name)
  const main = events.filter(
    (e) => e.ph === 'X' && (names.get(`${e.pid}:${e.tid}`) ?? '').startsWith('CrRendererMain'),
  )
  const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
  return main
    .filter((t) => isTask(t) && t.dur > ms * 1000)
    .map((t) => {
      const inside = new Map()
      for (const e of main)
        if (!isTask(e) && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 1500)
          inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000)
      const parts = [...inside.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)
      return `${(t.dur / 1000).toFixed(1)} ms: ${parts.map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', ')}`
    })
}

/** CPU ms per thread kind, and per event name on the renderer's main thread. */
function summarize(events) {
  const names = new Map()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name)
  const threads = new Map()
  const mainEvents = new Map()
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined) continue
    const thread = (names.get(`${e.pid}:${e.tid}`) ?? '?').replace(/\d+$/, '')
    const ms = e.tdur / 1000
    if (e.name === 'RasterTask') add(threads, 'raster', ms)
    if (
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      /Renderer|Compositor|Viz/.test(thread)
    )
      add(threads, thread, ms)
    if (thread.startsWith('CrRendererMain')) add(mainEvents, e.name, ms)
  }
  return { threads, mainEvents }
}

const server = await serveStatic(opts.dist)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript(installProbe)
  await page.goto(server.url)
  const text = generateConfig(opts.shape, Number(opts.size))
  const jobs = JSON.parse(text).jobs.length
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'trace.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await page.evaluate(waitOpened, { jobs, quietMs: 500, timeoutMs: 300_000 })
  if (opts.select) {
    await chooseListedJob(page)
  }
  if (opts.css) await page.addStyleTag({ content: opts.css })
  await page.waitForTimeout(300)
  const cdp = await browser.newBrowserCDPSession()
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  })
  await page.evaluate(() => window.__bench.startFrames())
  await gesture(page)
  await page.waitForTimeout(100)
  const frames = (await page.evaluate(() => window.__bench.stopFrames())).sort((a, b) => a - b)
  await cdp.send('Tracing.end')
  await complete
  const { threads, mainEvents } = summarize(events)
  const p = (q) => frames[Math.min(frames.length - 1, Math.ceil(frames.length * q) - 1)]?.toFixed(1)
  console.log(
    `${opts.phase} ${opts.shape} ${opts.size}: ${frames.length} frames, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms (wall time, traced)`,
  )
  console.log(
    'CPU ms over the gesture:',
    [...threads.entries()].map(([k, ms]) => `${k} ${Math.round(ms)}`).join(', '),
  )
  const top = [...mainEvents.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))
  for (const [name, ms] of top) console.log(`${String(Math.round(ms)).padStart(7)} ms  ${name}`)
  if (opts.tasks) for (const line of longTasks(events, Number(opts.tasks))) console.log(`task ${line}`)
} finally {
  await browser.close()
  await server.close()
}
