/* global CSS, Buffer */
// One measured session: open a generated config in a fresh browser context (empty storage, so the
// automatic layout runs), then drive the UI like a user: type in the JSON, edit a form field, drag a
// node, pan and zoom. Returns raw figures; run.mjs aggregates runs.
import { installProbe, untilAfterKey, waitOpened } from './probe.mjs'

const SETTLE_MS = 350

/** In page: put the JSON editor's cursor just before the closing quote of a job's id. */
function cursorIntoId(id) {
  const view = window.__bench.editor()
  const needle = `"id": ${JSON.stringify(id)}`
  const at = view.state.doc.toString().indexOf(needle)
  if (at < 0) throw new Error(`job ${id} not in the editor`)
  const pos = at + needle.length - 1
  // As a click there would: a user selection, so the app selects the job and reveals it on the canvas.
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true, userEvent: 'select' })
  view.focus()
  return pos
}

/** In page: a point inside the canvas on a node card (kind 'node') or on empty pane (kind 'pane'). */
export function findPoint(kind) {
  const box = document.querySelector('[data-testid="canvas"]').getBoundingClientRect()
  const inner = (x, y) => x > box.left + 40 && x < box.right - 200 && y > box.top + 40 && y < box.bottom - 140
  if (kind === 'node') {
    for (const el of document.querySelectorAll('.vue-flow__node')) {
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + Math.min(12, r.height / 2)
      if (inner(x, y) && el.contains(document.elementFromPoint(x, y))) return { x, y, id: el.dataset.id }
    }
    return null
  }
  for (let y = box.top + 60; y < box.bottom - 150; y += 23) {
    for (let x = box.left + 60; x < box.right - 220; x += 29) {
      const hit = document.elementFromPoint(x, y)
      if (
        hit?.closest('.vue-flow__pane') &&
        !hit.closest('.vue-flow__node, .vue-flow__edge, .vue-flow__panel')
      )
        return { x, y }
    }
  }
  return null
}

const inPageState = () => ({
  subject: document.querySelector('[data-testid="inspector-subject"]')?.textContent?.trim() ?? null,
  docLength: window.__bench.editor().state.doc.length,
})

async function keystrokes(page, id, samples) {
  await page.evaluate(cursorIntoId, id)
  await page.waitForTimeout(800) // the selection follows the cursor; the canvas scrolls to the job
  const times = []
  for (let i = 0; i < samples; i++) {
    const [from, to] = i % 2 === 0 ? [id, `${id}z`] : [`${id}z`, id]
    const state = await page.evaluate(inPageState)
    const hasItem = await page.evaluate(
      (v) => !!document.querySelector(`[data-testid="job-item-${CSS.escape(v)}"]`),
      from,
    )
    const conditions = [{ kind: 'node', value: to }]
    if (hasItem) conditions.push({ kind: 'listItem', value: to })
    if (state.subject === from) conditions.push({ kind: 'subject', value: to })
    const waiting = page.evaluate(untilAfterKey, { conditions, timeoutMs: 30_000 })
    await page.keyboard.press(i % 2 === 0 ? 'z' : 'Backspace')
    times.push(await waiting)
    await page.waitForTimeout(SETTLE_MS)
  }
  return times
}

/**
 * Select a job as a user does (click it in the job list), wait for its form in the inspector and put
 * the cursor at the end of its Description field. Shared with profile.mjs.
 */
export async function focusDescriptionField(page) {
  const item = page.locator('[data-testid^="job-item-"]').nth(2)
  const id = (await item.getAttribute('data-testid')).replace('job-item-', '')
  await item.click()
  await page.waitForFunction(
    (v) => document.querySelector('[data-testid="inspector-subject"]')?.textContent?.trim() === v,
    id,
    { timeout: 30_000 },
  )
  await page.getByLabel('Description', { exact: true }).click()
  await page.keyboard.press('End')
}

async function formEdits(page, samples) {
  await focusDescriptionField(page)
  const times = []
  for (let i = 0; i < samples; i++) {
    // The field keeps a draft while typing; Enter commits it. Measured: Enter → JSON editor updated.
    await page.keyboard.press(i % 2 === 0 ? 'q' : 'Backspace')
    const { docLength } = await page.evaluate(inPageState)
    const waiting = page.evaluate(untilAfterKey, {
      conditions: [{ kind: 'docLength', value: docLength + (i % 2 === 0 ? 1 : -1) }],
      timeoutMs: 30_000,
    })
    await page.keyboard.press('Enter')
    times.push(await waiting)
    await page.waitForTimeout(SETTLE_MS)
  }
  return times
}

/**
 * A job chosen in the job list, as the gestures run after the delete phase: the inspector open, the
 * job's card brought into view; then the canvas settles (frames.mjs, trace.mjs and profile.mjs --select).
 */
export async function chooseListedJob(page) {
  await page.locator('[data-testid^="job-item-"]').nth(3).click()
  await page.waitForTimeout(1500)
}

/**
 * Delete → card gone: select a job in the list (the canvas brings its card into view), press Delete,
 * time until the card leaves the canvas; Ctrl+Z puts the job back for the next sample. (Was asserted
 * at 200 jobs in e2e/canvas-perf.spec.ts, where a busy CI machine made it flaky.)
 */
async function deletes(page, samples) {
  const times = []
  for (let i = 0; i < samples; i++) {
    const item = page.locator('[data-testid^="job-item-"]').nth(3)
    const id = (await item.getAttribute('data-testid')).replace('job-item-', '')
    await item.click()
    await page.waitForFunction(
      (v) =>
        document.querySelector('[data-testid="inspector-subject"]')?.textContent?.trim() === v &&
        document.querySelector(`.vue-flow__node[data-id="${CSS.escape(v)}"]`) !== null,
      id,
      { timeout: 30_000 },
    )
    const waiting = page.evaluate(untilAfterKey, {
      conditions: [{ kind: 'noNode', value: id }],
      timeoutMs: 30_000,
    })
    await page.keyboard.press('Delete')
    times.push(await waiting)
    await page.keyboard.press('Control+z')
    await page.waitForFunction(
      (v) => document.querySelector(`[data-testid="job-item-${CSS.escape(v)}"]`) !== null,
      id,
      { timeout: 30_000 },
    )
    await page.waitForTimeout(SETTLE_MS)
  }
  return times
}

/** Frame deltas (ms) while `gesture` runs. */
async function frames(page, gesture) {
  await page.evaluate(() => window.__bench.startFrames())
  await gesture()
  await page.waitForTimeout(100)
  return page.evaluate(() => window.__bench.stopFrames())
}

export async function gestures(page) {
  const result = {}
  const node = await page.evaluate(findPoint, 'node')
  if (node) {
    await page.mouse.move(node.x, node.y)
    result.drag = await frames(page, async () => {
      await page.mouse.down()
      await page.mouse.move(node.x + 160, node.y + 90, { steps: 40 })
      await page.mouse.up()
    })
  }
  await page.waitForTimeout(SETTLE_MS)
  const pane = await page.evaluate(findPoint, 'pane')
  if (pane) {
    await page.mouse.move(pane.x, pane.y)
    result.pan = await frames(page, async () => {
      await page.mouse.down()
      await page.mouse.move(pane.x - 250, pane.y - 120, { steps: 40 })
      await page.mouse.up()
    })
  }
  await page.waitForTimeout(SETTLE_MS)
  const box = await page.getByTestId('canvas').boundingBox()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  result.zoom = await frames(page, async () => {
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120)
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120)
  })
  return result
}

export async function runOnce(browser, baseUrl, { name, text, ids, samples, openOnly = false }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const out = { errors: [] }
  try {
    const page = await context.newPage()
    page.on('pageerror', (e) => out.errors.push(e.message))
    await page.addInitScript(installProbe)
    await page.goto(baseUrl)
    const cdp = await context.newCDPSession(page)
    await page.getByTestId('open-file-input').waitFor({ state: 'attached' })
    await page
      .getByTestId('open-file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
    const opened = await page.evaluate(waitOpened, {
      jobs: ids.length,
      quietMs: 500,
      timeoutMs: Number(process.env.BENCH_OPEN_TIMEOUT_MS ?? 300_000),
    })
    Object.assign(out, { openPaintedMs: opened.painted, openInteractiveMs: opened.interactive })
    const probe = await page.evaluate(() => {
      const b = window.__bench
      return {
        layouts: b.layouts(),
        longTasks: b.longTasks,
        visible: b.visibleAtOpen,
        rendered: b.renderedAtOpen,
      }
    })
    Object.assign(out, { nodesInView: probe.visible, nodesRendered: probe.rendered })
    // The layout the file opened with, for its quality figures (run.mjs; not kept in the results).
    out.positions = await page.evaluate(() => window.__studio.positions())
    const layout = probe.layouts.find((l) => l.nodes === ids.length)
    if (layout) {
      out.layoutMs = layout.end - layout.start
      out.layoutEngine = layout.engine
      out.layoutMaxTaskMs = probe.longTasks
        .filter((t) => t.end > layout.start && t.start < layout.end)
        .reduce((m, t) => Math.max(m, t.end - t.start), 0)
    }
    await cdp.send('HeapProfiler.collectGarbage')
    out.heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20

    const steps = [
      ['keystrokeMs', () => keystrokes(page, ids[Math.floor(ids.length / 2)], samples)],
      ['formEditMs', () => formEdits(page, samples)],
      ['deleteMs', () => deletes(page, samples)],
      ['frames', () => gestures(page)],
    ]
    // --open-only (run.mjs): the open figures alone, e.g. to compare two builds quickly.
    if (openOnly) steps.length = 0
    // The longest main-thread task of each phase, to tell which one froze the page.
    const longest = (from) =>
      page.evaluate(
        (t) =>
          window.__bench.longTasks
            .filter((l) => l.start >= t)
            .reduce((m, l) => Math.max(m, l.end - l.start), 0),
        from,
      )
    const now = () => page.evaluate(() => performance.now())
    out.longestByPhase = { open: await longest(0) }
    for (const [key, step] of steps) {
      const started = await now()
      try {
        out[key] = await step()
      } catch (error) {
        out.errors.push(`${key}: ${error.message.split('\n')[0]}`)
      }
      out.longestByPhase[key] = Math.round(await longest(started))
    }
    out.longestByPhase.open = Math.round(out.longestByPhase.open)
    const tasks = await page.evaluate(() => window.__bench.longTasks)
    out.maxLongTaskMs = tasks.reduce((m, t) => Math.max(m, t.end - t.start), 0)
  } catch (error) {
    out.errors.push(error.message.split('\n')[0])
  } finally {
    await context.close()
  }
  return out
}
