import { expect, test, type Page } from '@playwright/test'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../bench/generate.mjs'
import { dragEmptyPane, positions } from './support/studio'

// Trace snapshots walk the whole DOM on every action: far too slow with a thousand jobs.
test.use({ trace: 'off' })

/** Open a generated config as a user would (file picker), and wait until all its jobs are placed. */
async function openGenerated(page: Page, name: string, text: string, jobs?: number) {
  await page.getByTestId('open-file-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
  if (jobs !== undefined)
    await expect.poll(async () => Object.keys(await positions(page)).length, { timeout: 45_000 }).toBe(jobs)
}

/** Ids of the job cards whose box overlaps the visible canvas pane. */
async function nodesInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.vue-flow')!.getBoundingClientRect()
    return Array.from(document.querySelectorAll<HTMLElement>('.vue-flow__node'))
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return (
          r.width > 0 &&
          r.right > pane.left &&
          r.left < pane.right &&
          r.bottom > pane.top &&
          r.top < pane.bottom
        )
      })
      .map((el) => el.dataset.id ?? '')
  })
}

/** The zoom of the view now (the canvas's transform). */
function zoomNow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const transform = getComputedStyle(document.querySelector('.vue-flow__transformationpane')!).transform
    return new DOMMatrix(transform).a
  })
}

/**
 * Waits until the view a big file opens on is applied (a moment after its cards are placed,
 * useViewportNavigation.ts). Before it, the initial view (zoom 1) shows the top-left cards, which can
 * pass for the graph's start; a graph of hundreds of jobs is too big to read whole, so it opens at the
 * readable zoom (fitViewport.ts), never at 1: a zoom other than 1 is the sign that the fit is done.
 */
async function openingViewApplied(page: Page) {
  await expect.poll(() => zoomNow(page), { timeout: 20_000 }).not.toBe(1)
}

// 500 fan-out: ELK centres the lone root on its tall first fan, far from the graph's top edge.
for (const [shape, count] of [
  ['fanout', 1000],
  ['fanout', 500],
  ['layered', 1000],
] as const) {
  test(`a ${count}-job ${shape} config opens on the start of its graph, cards visible at a readable zoom`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const text: string = generateConfig(shape, count)
    const jobs: { id: string; dependencies?: string[] }[] = JSON.parse(text).jobs
    // The fan-out's first job is its single root; a layered config has dozens of roots, and ELK
    // orders each layer its own way at this size, so any root will do there.
    const roots = jobs.filter((j) => !j.dependencies?.length).map((j) => j.id)
    expect(roots[0]).toBe(jobs[0]!.id)
    await page.goto('/')
    // Once every job is placed the view is fitted. Before the fit, the default viewport happens to
    // show the top-left cards: look only after it.
    await openGenerated(page, `${shape}-${count}.json`, text, count)
    await openingViewApplied(page)
    const rootInView = async () => {
      const ids = await nodesInView(page)
      return (
        ids.length > 1 && ids.some((id) => (shape === 'fanout' ? id === jobs[0]!.id : roots.includes(id)))
      )
    }
    await expect.poll(rootInView).toBe(true)
    expect(await zoomNow(page)).toBeGreaterThanOrEqual(0.5)
  })
}

// The view a file opens on is set in the task that places its cards: no frame shows them anywhere
// else first (they used to be drawn at zoom 1 in the corner, then jump to the fitted view).
for (const [shape, count] of [
  ['layered', 120],
  ['layered', 1000],
] as const) {
  test(`a ${count}-job config's cards appear right where the opening view puts them, with no jump`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    // Every frame from the moment the file is chosen: the view's transform whenever a card shows.
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.defineProperty(window, '__viewsWithCards', { value: seen })
      document.addEventListener(
        'change',
        () => {
          const record = () => {
            const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')
            if (pane && document.querySelector('.vue-flow__node')) seen.push(pane.style.transform)
            if (seen.length < 600) requestAnimationFrame(record)
          }
          requestAnimationFrame(record)
        },
        true,
      )
    })
    await page.goto('/')
    await openGenerated(page, `${shape}-${count}.json`, generateConfig(shape, count), count)
    await openingViewApplied(page)
    const final = await page.evaluate(
      () => document.querySelector<HTMLElement>('.vue-flow__transformationpane')!.style.transform,
    )
    const views = await page.evaluate(
      () => (window as unknown as { __viewsWithCards: string[] }).__viewsWithCards,
    )
    expect(views.length).toBeGreaterThan(0)
    expect([...new Set(views)]).toEqual([final])
  })
}

test('opening a 1000-job config mounts only the cards in view, never all of them', async ({ page }) => {
  test.setTimeout(90_000)
  const text: string = generateConfig('layered', 1000)
  // Counts every job card ever added to the page, however briefly.
  await page.addInitScript(() => {
    const seen = { cards: 0 }
    Object.defineProperty(window, '__cardsMounted', { value: seen })
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes))
          if (n instanceof HTMLElement)
            seen.cards += n.matches('.vue-flow__node') ? 1 : n.querySelectorAll('.vue-flow__node').length
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('/')
  await openGenerated(page, 'layered-1000.json', text, 1000)
  await openingViewApplied(page)
  // Count once the canvas shows exactly the cards in view of the opening view.
  await expect.poll(() => sameCardsAsInView(page)).toBe(true)
  const inView = (await nodesInView(page)).length
  expect(inView).toBeGreaterThan(0)
  const mounted = await page.evaluate(
    () => (window as unknown as { __cardsMounted: { cards: number } }).__cardsMounted.cards,
  )
  // The cards in view, plus those uncovered while the view settles on the graph's start.
  expect(mounted).toBeLessThan(200)
})

// Vue Flow only measures a card once it is on screen. An edge to a card it never rendered is drawn
// from the size and handle places the canvas gives it up front (canvasGraph.ts presetGeometry):
// wrong ones show as edges that leave the screen pointing beside their card.
test('an edge to a card off screen points at that card’s handle, left to right and top to bottom', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // The fan-out's root feeds ~1000 jobs in one wave: most of its edges lead off screen.
  const text: string = generateConfig('fanout', 1000)
  await page.goto('/')
  await openGenerated(page, 'fanout-1000.json', text)
  let before = ''
  for (const direction of ['LR', 'TB'] as const) {
    if (direction === 'TB') await page.getByTestId('direction-tb').click()
    // Every job placed by this direction's layout (a new layout moves them all).
    await expect
      .poll(
        async () => {
          const placed = await positions(page)
          return Object.keys(placed).length === 1000 && JSON.stringify(placed) !== before
        },
        { timeout: 45_000 },
      )
      .toBe(true)
    before = JSON.stringify(await positions(page))
    if (direction === 'TB') {
      // Changing direction fits the whole graph (far out: edges are a sketch there); focus the root
      // (F zooms to a readable level) so edges to cards off screen are drawn again.
      await page.locator('[data-testid^="job-item-"]').first().click()
      await page.keyboard.press('f')
    }
    // The new layout's view and edges follow a moment later: wait until the edges drawn to cards not on
    // screen end at those cards' handles (a wrong preset geometry never gets there, and fails here).
    const misses = (dir: 'LR' | 'TB') =>
      page.evaluate((dir) => {
        const W = 240
        const H = 112
        const placed = window.__studio!.positions()
        const flowBox = document.querySelector('.vue-flow')!.getBoundingClientRect()
        const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
        const m = new DOMMatrix(getComputedStyle(pane).transform)
        const onScreen = (x: number, y: number) => ({
          x: flowBox.left + m.e + x * m.a,
          y: flowBox.top + m.f + y * m.a,
        })
        const mounted = new Set(
          Array.from(document.querySelectorAll<HTMLElement>('.vue-flow__node')).map((n) => n.dataset.id),
        )
        const results: number[] = []
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.vue-flow__edge'))) {
          const [from, to] = el.dataset.id!.split('\u2192') as [string, string]
          const path = el.querySelector('path.vue-flow__edge-path') as SVGPathElement
          const ctm = path.getScreenCTM()!
          const point = (len: number) =>
            new DOMPoint(path.getPointAtLength(len).x, path.getPointAtLength(len).y).matrixTransform(ctm)
          // Where Vue Flow attaches an edge: the outer side of the handle, at its middle.
          const expected = (id: string, end: 'source' | 'target') => {
            const p = placed[id]!
            if (dir === 'LR') return onScreen(p.x + (end === 'source' ? W + 5 : -5), p.y + H / 2)
            return onScreen(p.x + W / 2, p.y + (end === 'source' ? H + 5 : -5))
          }
          if (!mounted.has(to)) {
            const got = point(path.getTotalLength())
            const want = expected(to, 'target')
            results.push(Math.hypot(got.x - want.x, got.y - want.y))
          }
          if (!mounted.has(from)) {
            const got = point(0)
            const want = expected(from, 'source')
            results.push(Math.hypot(got.x - want.x, got.y - want.y))
          }
        }
        return results
      }, dir)
    await expect
      .poll(async () => (await misses(direction)).length, {
        message: `${direction}: edges drawn to cards not on screen`,
      })
      .toBeGreaterThan(0)
    await expect
      .poll(async () => Math.max(...(await misses(direction))), {
        message: `${direction}: farthest edge end from its handle (px)`,
        timeout: 20_000,
      })
      .toBeLessThan(1.5)
  }
})

// Opening places a big graph by waves in milliseconds; Auto-arrange still offers ELK's layered
// layout, computed in the worker while the page stays usable.
test('Auto-arrange on 1000 jobs runs the full layout in the background and is undoable', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await openGenerated(page, 'layered-1000.json', generateConfig('layered', 1000), 1000)
  const waves = await positions(page)
  await page.getByRole('button', { name: 'Auto-arrange' }).click()
  await expect(page.getByTestId('toast-info')).toContainText('Arranging 1000 jobs')
  // While ELK works in the worker, the page answers: the job list still filters.
  await page.getByRole('searchbox', { name: 'Search jobs' }).fill('job_0999')
  await expect(page.locator('[data-testid^="job-item-"]')).toHaveCount(1)
  await expect
    .poll(async () => JSON.stringify(await positions(page)) !== JSON.stringify(waves), { timeout: 60_000 })
    .toBe(true)
  expect(Object.keys(await positions(page))).toHaveLength(1000)
  await page.getByRole('searchbox', { name: 'Search jobs' }).fill('')
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+z')
  await expect.poll(async () => JSON.stringify(await positions(page))).toBe(JSON.stringify(waves))
})

/** Ids of the jobs whose card overlaps the canvas, from their positions and the view transform. */
async function expectedInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const placed = window.__studio!.positions()
    const box = document.querySelector('.vue-flow')!.getBoundingClientRect()
    const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
    const m = new DOMMatrix(getComputedStyle(pane).transform)
    const [left, top] = [-m.e / m.a, -m.f / m.a]
    const [right, bottom] = [left + box.width / m.a, top + box.height / m.a]
    return Object.entries(placed)
      .filter(([, p]) => p.x < right && p.x + 240 > left && p.y < bottom && p.y + 112 > top)
      .map(([id]) => id)
  })
}
/** Whether the canvas renders exactly the cards in view (and some are). */
async function sameCardsAsInView(page: Page): Promise<boolean> {
  const [want, got] = [await expectedInView(page), await rendered(page)]
  return want.length > 0 && JSON.stringify(want.sort()) === JSON.stringify(got.sort())
}
function rendered(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.vue-flow__node')).map((n) => n.dataset.id!),
  )
}
// The canvas renders only the cards in view (useVisibleElements.ts): exactly those, wherever the
// view goes, and a plain placeholder for each card when zoomed far out.
test('panning and zooming over 1000 jobs shows exactly the cards in view', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await openGenerated(page, 'layered-1000.json', generateConfig('layered', 1000), 1000)
  await openingViewApplied(page)
  const sameSet = () => sameCardsAsInView(page)
  await expect.poll(sameSet).toBe(true)
  const first = await rendered(page)

  const box = (await page.getByTestId('canvas').boundingBox())!
  for (let i = 0; i < 3; i++) {
    // Drag the empty pane (a gap between the cards' columns is found by looking for the pane).
    const area = { x: box.x + 200, y: box.y + 40, width: box.width - 260, height: box.height - 200 }
    await dragEmptyPane(page, area, { dx: -500, dy: -150, steps: 10 })
    await expect.poll(sameSet).toBe(true)
  }
  expect((await rendered(page)).some((id) => !first.includes(id))).toBe(true)

  const zoomOut = page.locator('.vue-flow__controls-zoomout')
  for (let i = 0; i < 8; i++) await zoomOut.click()
  await expect.poll(sameSet).toBe(true)
  await expect(page.getByTestId('node-tiny').first()).toBeVisible()
  await expect(page.locator('[data-testid="node-problems"], .job-node .font-mono')).toHaveCount(0)
  for (let i = 0; i < 8; i++) await page.locator('.vue-flow__controls-zoomin').click()
  await expect(page.getByTestId('node-tiny')).toHaveCount(0)
  await expect.poll(sameSet).toBe(true)
})

// Zooming out over a big graph brings hundreds of cards into view: they come a few per frame
// (gradualAdmission.ts), nearest the middle first, so the view keeps up with the wheel; zooming back
// in, they go a few per frame.
test('zooming over 1000 jobs brings and takes the cards a few per frame, then exactly the cards in view', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await openGenerated(page, 'layered-1000.json', generateConfig('layered', 1000), 1000)
  await openingViewApplied(page)
  await expect.poll(() => sameCardsAsInView(page)).toBe(true)
  /** The number of cards (and of edges drawn) on the page in every frame while the wheel turns `delta` ten times. */
  const countsWhileWheeling = async (delta: number, of = '.vue-flow__node') => {
    await page.evaluate((of) => {
      const counts: number[] = []
      ;(window as unknown as { cardCounts: number[] }).cardCounts = counts
      const tick = () => {
        counts.push(document.querySelectorAll(of).length)
        if (counts.length < 2000) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    }, of)
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, delta)
    await expect.poll(() => sameCardsAsInView(page), { timeout: 30_000 }).toBe(true)
    return page.evaluate(() => (window as unknown as { cardCounts: number[] }).cardCounts)
  }
  const box = (await page.getByTestId('canvas').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const out = await countsWhileWheeling(120)
  // Far more cards came into view than one frame's share, and no frame added more than that share.
  expect(out.at(-1)! - out[0]!).toBeGreaterThan(100)
  expect(Math.max(...out.slice(1).map((n, i) => n - out[i]!))).toBeLessThanOrEqual(20)
  const back = await countsWhileWheeling(-120)
  expect(back[0]! - back.at(-1)!).toBeGreaterThan(100)
  expect(Math.max(...back.slice(1).map((n, i) => back[i]! - n))).toBeLessThanOrEqual(20)
  // Out past the sketch and back: the edges are drawn again 40 a frame at most, then all of them.
  const edges = '.edge-layer .vue-flow__edge'
  const drawn = await page.locator(edges).count()
  await countsWhileWheeling(120, edges)
  const again = await countsWhileWheeling(-120, edges)
  expect(again[0]).toBe(0) // the sketch: no edge drawn one by one
  await expect.poll(() => page.locator(edges).count()).toBe(drawn)
  expect(drawn).toBeGreaterThan(80)
  expect(Math.max(...again.slice(1).map((n, i) => n - again[i]!))).toBeLessThanOrEqual(40)
})
