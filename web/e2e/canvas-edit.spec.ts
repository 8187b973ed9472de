import { expect, test } from '@playwright/test'
import {
  arrowheadFill,
  clickEdge,
  collectErrors,
  docJson,
  docText,
  edge,
  edgeMiddle,
  fixtureText,
  linkNodes,
  node,
  openAndPlace,
  positions,
} from './support/studio'

const deps = async (page: import('@playwright/test').Page, id: string) =>
  (await docJson(page)).jobs.find((j) => j.id === id)?.dependencies

test('dragging from one handle to another makes the second job depend on the first; no duplicate links', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await linkNodes(page, 'first', 'second')
  await expect(edge(page, 'first', 'second')).toHaveCount(1)
  expect(await deps(page, 'second')).toEqual(['first'])
  const once = await docText(page)
  await linkNodes(page, 'first', 'second')
  expect(await docText(page)).toBe(once)
  await expect(page.getByTestId('toast-info')).toContainText('already depends on first')
  await expect(edge(page, 'first', 'second')).toHaveCount(1)
  expect(errors).toEqual([])
})

test('a link that would close a cycle is refused on the spot, naming the path', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  const before = await docText(page)
  await linkNodes(page, 'load', 'extract')
  await expect(page.getByTestId('toast-error')).toContainText('extract → load → transform → extract')
  expect(await docText(page)).toBe(before)
  await expect(edge(page, 'load', 'extract')).toHaveCount(0)
})

test('select an edge and press Delete: the dependency goes; undo and redo restore the exact text', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  await clickEdge(page, 'transform', 'load')
  await expect(edge(page, 'transform', 'load')).toHaveClass(/selected/)
  await page.keyboard.press('Delete')
  await expect(edge(page, 'transform', 'load')).toHaveCount(0)
  expect(await deps(page, 'load')).toEqual([])
  const after = await docText(page)
  await page.keyboard.press('Control+z')
  expect(await docText(page)).toBe(fixtureText('chain.json'))
  await expect(edge(page, 'transform', 'load')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  expect(await docText(page)).toBe(after)
  await page.keyboard.press('Control+z')
  await page.getByTestId('redo').click()
  expect(await docText(page)).toBe(after)
})

test('Shift-click selects several edges, Ctrl-click takes one back, Delete removes the rest; hovering an edge highlights it; pressing on one does not pan', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  const stroke = (from: string, to: string) =>
    edge(page, from, to)
      .locator('path.vue-flow__edge-path')
      .evaluate((el) => getComputedStyle(el).stroke)
  const plain = await stroke('start', 'left')
  const hovered = await edgeMiddle(page, 'start', 'left')
  await page.mouse.move(hovered.x, hovered.y)
  await expect.poll(() => stroke('start', 'left')).not.toBe(plain)
  expect(await stroke('start', 'right')).toBe(plain)
  // A press on an edge that moves on is not a pan: the view stays where it was.
  const transform = () => page.locator('.vue-flow__transformationpane').getAttribute('style')
  const before = await transform()
  await page.mouse.down()
  await page.mouse.move(hovered.x + 60, hovered.y + 40, { steps: 4 })
  await page.mouse.up()
  expect(await transform()).toBe(before)
  await clickEdge(page, 'start', 'left')
  await clickEdge(page, 'start', 'right', 'Shift')
  await clickEdge(page, 'left', 'finish', 'Shift')
  for (const [from, to] of [
    ['start', 'left'],
    ['start', 'right'],
    ['left', 'finish'],
  ] as const)
    await expect(edge(page, from, to)).toHaveClass(/selected/)
  await clickEdge(page, 'left', 'finish', 'Control')
  await expect(edge(page, 'left', 'finish')).not.toHaveClass(/selected/)
  await expect(edge(page, 'start', 'middle')).not.toHaveClass(/selected/)
  await page.keyboard.press('Delete')
  await expect(edge(page, 'start', 'left')).toHaveCount(0)
  await expect(edge(page, 'start', 'right')).toHaveCount(0)
  expect(await deps(page, 'left')).toEqual([])
  expect(await deps(page, 'right')).toEqual([])
  expect(await deps(page, 'middle')).toEqual(['start'])
  expect(await deps(page, 'finish')).toEqual(['left', 'middle', 'right'])
})

test('Delete removes the selected jobs and every reference to them; the undo button says what it undoes', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  await node(page, 'left').click()
  await node(page, 'middle').click({ modifiers: ['Control'] })
  await page.keyboard.press('Delete')
  await expect(node(page, 'left')).toHaveCount(0)
  await expect(node(page, 'middle')).toHaveCount(0)
  const json = await docJson(page)
  expect(json.jobs.map((j) => j.id)).toEqual(['start', 'right', 'finish'])
  expect(json.jobs.find((j) => j.id === 'finish')!.dependencies).toEqual(['right'])
  await page.getByTestId('undo').hover()
  await expect(page.getByRole('tooltip')).toContainText('Undo Delete 2 jobs')
  await page.getByTestId('undo').click()
  expect(await docText(page)).toBe(fixtureText('fan.json'))
  await expect(node(page, 'left')).toBeVisible()
})

test('copy/paste and duplicate create jobs with unique ids next to the originals', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await node(page, 'first').click()
  await page.keyboard.press('Control+d')
  await expect(node(page, 'first_copy')).toBeVisible()
  await node(page, 'second').click()
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(node(page, 'second_copy')).toBeVisible()
  const ids = (await docJson(page)).jobs.map((j) => j.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toEqual(expect.arrayContaining(['first', 'second', 'first_copy', 'second_copy']))
  const p = await positions(page)
  expect(p.first_copy!.x).toBeGreaterThan(p.first!.x)
})

test('arrow keys move the selected job on the grid; one undo takes the burst back; the config is untouched', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await node(page, 'first').click()
  const start = (await positions(page)).first!
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  expect((await positions(page)).first).toEqual({ x: start.x + 16, y: start.y + 8 })
  expect(await docText(page)).toBe(fixtureText('pair.json'))
  await page.keyboard.press('Control+z')
  expect((await positions(page)).first).toEqual(start)
})

test('double-click on empty canvas adds a job there; the context menu adds a dependent job', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  const box = (await page.getByTestId('canvas').boundingBox())!
  await page.mouse.dblclick(box.x + 120, box.y + box.height - 60)
  await expect(node(page, 'job_1')).toBeVisible()
  expect((await docJson(page)).jobs.map((j) => j.id)).toEqual(['first', 'second', 'job_1'])

  await page.getByTestId('inspector-close').click() // the new job's form narrows the canvas
  await node(page, 'second').click({ button: 'right' })
  await page.getByTestId('canvas-context-menu').getByText('Add a dependent job').click()
  await expect(node(page, 'job_2')).toBeVisible()
  expect(await deps(page, 'job_2')).toEqual(['second'])
  await expect(edge(page, 'second', 'job_2')).toHaveCount(1)
})

test('auto-arrange and top-to-bottom layout are undoable and never touch the config', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  const lr = await positions(page)
  expect(lr.transform!.x).toBeGreaterThan(lr.extract!.x)
  await page.getByTestId('direction-tb').click()
  await expect.poll(async () => (await positions(page)).transform!.y).toBeGreaterThan(lr.extract!.y)
  const tb = await positions(page)
  expect(tb.transform!.y).toBeGreaterThan(tb.extract!.y)
  expect(await docText(page)).toBe(fixtureText('chain.json'))
  await page.keyboard.press('Control+z')
  expect(await positions(page)).toEqual(lr)
})

test('box selection with Shift-drag selects the jobs inside it', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  const a = (await node(page, 'left').boundingBox())!
  const b = (await node(page, 'right').boundingBox())!
  await page.keyboard.down('Shift')
  await page.mouse.move(Math.min(a.x, b.x) - 12, Math.min(a.y, b.y) - 12)
  await page.mouse.down()
  await page.mouse.move(
    Math.max(a.x + a.width, b.x + b.width) + 12,
    Math.max(a.y + a.height, b.y + b.height) + 12,
    { steps: 8 },
  )
  await page.mouse.up()
  await page.keyboard.up('Shift')
  for (const id of ['left', 'middle', 'right']) await expect(node(page, id)).toHaveClass(/selected/)
  await expect(node(page, 'start')).not.toHaveClass(/selected/)
})

test('dragging a node moves it on the 8-px grid; undo puts it back; the config never changes', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  const start = (await positions(page)).first!
  const box = (await node(page, 'first').boundingBox())!
  await page.mouse.move(box.x + 60, box.y + 20)
  await page.mouse.down()
  await page.mouse.move(box.x + 60 + 45, box.y + 20 + 83, { steps: 10 })
  await page.mouse.up()
  const moved = (await positions(page)).first!
  expect(moved).not.toEqual(start)
  expect(moved.x % 8).toBe(0)
  expect(moved.y % 8).toBe(0)
  expect(await docText(page)).toBe(fixtureText('pair.json'))
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  expect((await positions(page)).first).toEqual(start)
})

test('a selected edge, and the edges of a selected job, are drawn above the others', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  // Edges are drawn in layers (an <svg> each) stacked with the cards: beneath them, or above them and
  // the other edges when raised. The stacking order is the layer's z-index against the cards'.
  const layer = (from: string, to: string) =>
    edge(page, from, to).evaluate((el) => Number(getComputedStyle(el.closest('svg')!).zIndex) || 0)
  const card = (id: string) => node(page, id).evaluate((el) => Number(getComputedStyle(el).zIndex) || 0)
  // Every card not selected is at this level (a card out of view is not on the page to ask).
  const cards = await card('transform')
  const beneath = await layer('extract', 'transform')
  expect(beneath).toBeLessThan(cards)
  expect(await layer('transform', 'load')).toBe(beneath)
  await clickEdge(page, 'extract', 'transform')
  await expect(edge(page, 'extract', 'transform')).toHaveClass(/selected/)
  await expect.poll(() => layer('extract', 'transform')).toBeGreaterThan(cards)
  // Drawn in the accent colour, its arrowhead too.
  const stroke = (from: string, to: string) =>
    edge(page, from, to)
      .locator('path.vue-flow__edge-path')
      .evaluate((el) => getComputedStyle(el).stroke)
  expect(await stroke('extract', 'transform')).not.toBe(await stroke('transform', 'load'))
  expect(await arrowheadFill(edge(page, 'extract', 'transform'))).toBe(await stroke('extract', 'transform'))
  expect(await layer('transform', 'load')).toBe(beneath)
  await node(page, 'load').click()
  await expect.poll(() => layer('transform', 'load')).toBeGreaterThan(cards)
  // The inspector opened beside the canvas: only edges in view are drawn, so bring all back in view.
  await page.locator('.vue-flow__controls-fitview').click()
  await expect.poll(() => layer('extract', 'transform')).toBe(beneath)
})

test('every edge ends in an arrowhead at the dependent job, a newly drawn one too', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  await linkNodes(page, 'extract', 'load')
  // The arrowhead an edge's path points to: a defined marker that draws a closed arrow, its size
  // on screen (a marker scales with the stroke: a highlighted edge's, drawn wider, is made smaller).
  const arrowhead = (from: string, to: string) =>
    edge(page, from, to)
      .locator('path.vue-flow__edge-path')
      .evaluate((path) => {
        const id = /^url\(['"]?#(.+?)['"]?\)$/.exec(path.getAttribute('marker-end') ?? '')?.[1]
        const marker = id ? document.getElementById(id) : null
        const stroke = parseFloat(getComputedStyle(path).strokeWidth)
        return marker?.tagName === 'marker'
          ? {
              size: Math.round(Number(marker.getAttribute('markerWidth')) * stroke),
              arrow: marker.querySelectorAll('polyline').length,
            }
          : null
      })
  for (const [from, to] of [
    ['extract', 'transform'],
    ['transform', 'load'],
    ['extract', 'load'],
  ] as const) {
    const drawn = await arrowhead(from, to)
    expect(drawn).toMatchObject({ arrow: 1 })
    // 18 × the usual stroke (1.5), within a pixel or so whatever the edge's state.
    expect(Math.abs(drawn!.size - 27)).toBeLessThanOrEqual(1)
  }
})

test('zoomed far out, the edges are drawn as a sketch beneath the cards, and come back zoomed in', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  const edgeCount = () => page.locator('.vue-flow__edge').count()
  const sketched = (part: string) =>
    page
      .getByTestId('edge-sketch')
      .locator(part)
      .getAttribute('d')
      .then((d) => d?.match(/M/g)?.length ?? 0)
  const total = await edgeCount()
  expect(total).toBeGreaterThan(0)
  const zoomOut = page.locator('.vue-flow__controls-zoomout')
  for (let i = 0; i < 8; i++) await zoomOut.click()
  await expect(page.getByTestId('node-tiny').first()).toBeVisible()
  await expect.poll(edgeCount).toBe(0)
  expect(await sketched('path.edge-sketch-line:not(.raised)')).toBe(total)
  expect(await sketched('path.edge-sketch-arrow:not(.raised)')).toBe(total)
  // A selected job's edges stand out in the sketch too.
  await node(page, 'middle').click()
  await expect.poll(() => sketched('path.edge-sketch-line.raised')).toBe(2)
  expect(await sketched('path.edge-sketch-line:not(.raised)')).toBe(total - 2)
  for (let i = 0; i < 8; i++) await page.locator('.vue-flow__controls-zoomin').click()
  await expect(page.getByTestId('edge-sketch')).toHaveCount(0)
  // The inspector opened beside the canvas meanwhile: fit the graph in the narrower view again.
  await page.locator('.vue-flow__controls-fitview').click()
  await expect.poll(edgeCount).toBe(total)
})
