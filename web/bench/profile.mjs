#!/usr/bin/env node
// Where the main thread spends its time: CDP CPU profile of one phase (open a generated config, or
/* global Buffer */
// type in the JSON editor), top functions by self time. Usage:
//   node bench/profile.mjs --shape chain --size 1000 [--phase open|keystroke|form|select|drag|zoom|pan] [--dist DIR] [--top 25] [--select]
import { parseArgs } from 'node:util'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { generateConfig } from './generate.mjs'
import { serveStatic } from './lib/server.mjs'
import { installProbe, waitOpened } from './lib/probe.mjs'
import { chooseListedJob, findPoint, focusDescriptionField } from './lib/scenario.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const { values: opts } = parseArgs({
  options: {
    shape: { type: 'string', default: 'chain' },
    size: { type: 'string', default: '1000' },
    phase: { type: 'string', default: 'open' },
    dist: { type: 'string', default: join(HERE, '..', 'dist') },
    top: { type: 'string', default: '25' },
    // Who calls a hot function (e.g. getBoundingClientRect): its callers' stacks, by time.
    callers: { type: 'string' },
    // The longest stretches of main-thread work (no idle sample), each with its top functions.
    bursts: { type: 'string', default: '0' },
    // Write the raw CDP profile (open it in Chrome DevTools' Performance panel, or script over it).
    save: { type: 'string' },
    // As frames.mjs and run.mjs: a job chosen in the list first (the inspector open, the job brought into view).
    select: { type: 'boolean', default: false },
  },
})

/** Self time per function (name + script + line), from a CDP Profile. */
function topSelf(profile, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  const dt = profile.timeDeltas
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  // Inclusive time: each sample counted once for every distinct function on its stack.
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const inclusive = new Map()
  profile.samples.forEach((id, i) => {
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame
      if (!f.url) continue
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
    }
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return {
    totalMs: Math.round(total),
    inclusive: [...inclusive.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${k}`),
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${k}`),
  }
}

/** Time per distinct chain of the nearest script frames above samples whose leaf is `name`. */
function callersOf(profile, name, depth = 6) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const chains = new Map()
  profile.samples.forEach((id, i) => {
    if (byId.get(id).callFrame.functionName !== name) return
    const frames = []
    for (let at = parent.get(id); at !== undefined && frames.length < depth; at = parent.get(at)) {
      const f = byId.get(at).callFrame
      if (f.url) frames.push(`${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`)
    }
    const key = frames.join(' < ')
    chains.set(key, (chains.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...chains.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${k}`)
}

/** The `count` longest runs of consecutive non-idle samples, each with its top inclusive functions. */
function bursts(profile, count) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const runs = []
  let current = null
  profile.samples.forEach((id, i) => {
    const idle = byId.get(id).callFrame.functionName === '(idle)'
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    if (idle) {
      if (current) runs.push(current)
      current = null
      return
    }
    current ??= { ms: 0, samples: [] }
    current.ms += dt
    current.samples.push([id, dt])
  })
  if (current) runs.push(current)
  return runs
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((run) => {
      const inclusive = new Map()
      for (const [id, dt] of run.samples) {
        const seen = new Set()
        for (let at = id; at !== undefined; at = parent.get(at)) {
          const f = byId.get(at).callFrame
          const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
          if (seen.has(key)) continue
          seen.add(key)
          inclusive.set(key, (inclusive.get(key) ?? 0) + dt)
        }
      }
      const top = [...inclusive.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.BURST_TOP ?? 40))
      return [
        `burst ${Math.round(run.ms)} ms:`,
        ...top.map(([k, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${k}`),
      ].join('\n')
    })
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
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  const text = generateConfig(opts.shape, Number(opts.size))
  const ids = JSON.parse(text).jobs.map((j) => j.id)
  const open = () =>
    page
      .getByTestId('open-file-input')
      .setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(text) })
      .then(() => page.evaluate(waitOpened, { jobs: ids.length, quietMs: 500, timeoutMs: 300_000 }))
  if (opts.phase !== 'open') await open()
  if (opts.select) {
    await chooseListedJob(page)
  }
  await cdp.send('Profiler.start')
  if (opts.phase === 'open') console.log('open', await open())
  else if (opts.phase === 'zoom' || opts.phase === 'pan') {
    // As bench/lib/scenario.mjs gestures: wheel in and back out, or drag the empty pane.
    const box = await page.getByTestId('canvas').boundingBox()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    if (opts.phase === 'zoom') {
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120)
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120)
    } else {
      // On the empty pane (a press on a card would drag the card), as the scenario.
      const pane = await page.evaluate(findPoint, 'pane')
      await page.mouse.move(pane.x, pane.y)
      await page.mouse.down()
      await page.mouse.move(pane.x - 250, pane.y - 120, { steps: 40 })
      await page.mouse.up()
    }
    await page.waitForTimeout(300)
  } else if (opts.phase === 'drag') {
    // As the scenario: press on a card in view and move it by 160 × 90 px in 40 steps.
    const node = await page.evaluate(findPoint, 'node')
    await page.mouse.move(node.x, node.y)
    await page.mouse.down()
    await page.mouse.move(node.x + 160, node.y + 90, { steps: 40 })
    await page.mouse.up()
    await page.waitForTimeout(300)
  } else if (opts.phase === 'select') {
    // Click a job in the list: its form opens in the inspector and the canvas brings it into view.
    await focusDescriptionField(page)
    await page.waitForTimeout(1000)
  } else if (opts.phase === 'form') {
    await cdp.send('Profiler.stop')
    await focusDescriptionField(page)
    await cdp.send('Profiler.start')
    for (let i = 0; i < 4; i++) {
      const before = await page.evaluate(() => window.__bench.editor().state.doc.length)
      await page.keyboard.press(i % 2 ? 'Backspace' : 'q')
      await page.keyboard.press('Enter')
      await page.waitForFunction((n) => window.__bench.editor().state.doc.length !== n, before, {
        timeout: 120_000,
      })
      // As the bench: a pause after each edit (its diagnostics run meanwhile), 0 for back-to-back edits.
      await page.waitForTimeout(Number(process.env.PROFILE_SETTLE_MS ?? 350))
    }
  } else {
    const id = ids[Math.floor(ids.length / 2)]
    await page.evaluate((v) => {
      const view = window.__bench.editor()
      const at = view.state.doc.toString().indexOf(`"id": ${JSON.stringify(v)}`)
      // As a click there: the app selects the job and brings its card into view (only cards in view exist).
      view.dispatch({ selection: { anchor: at + v.length + 7 }, scrollIntoView: true, userEvent: 'select' })
      view.focus()
    }, id)
    await cdp.send('Profiler.stop')
    await page.waitForTimeout(800)
    await cdp.send('Profiler.start')
    for (let i = 0; i < Number(process.env.PROFILE_KEYS ?? 4); i++) {
      await page.keyboard.press(i % 2 ? 'Backspace' : 'z')
      await page.waitForFunction(
        (v) => !!document.querySelector(`.vue-flow__node[data-id="${v}"]`),
        i % 2 ? id : `${id}z`,
        {
          timeout: 120_000,
        },
      )
    }
  }
  const { profile } = await cdp.send('Profiler.stop')
  if (opts.save) writeFileSync(opts.save, JSON.stringify(profile))
  const { totalMs, top, inclusive } = topSelf(profile, Number(opts.top))
  console.log(
    `${opts.phase} ${opts.shape} ${opts.size}: ${totalMs} ms sampled on the main thread; top self time:`,
  )
  console.log(top.join('\n'))
  console.log('top inclusive (total) time, script functions:')
  console.log(inclusive.join('\n'))
  for (const b of bursts(profile, Number(opts.bursts))) console.log(b)
  if (opts.callers) {
    console.log(`callers of ${opts.callers}:`)
    console.log(callersOf(profile, opts.callers).join('\n'))
  }
} finally {
  await browser.close()
  await server.close()
}
