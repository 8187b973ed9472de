import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import {
  collectErrors,
  dragEmptyPane,
  node,
  openAndPlace,
  openFixture,
  positions,
  settled,
} from './support/studio'
import { placeCursorAfter } from './code-helpers'

// Issue 12: the canvas keeps its room, and its view never moves unless the user asks.

type Box = { x: number; y: number; width: number; height: number }

/** The view transform as Vue Flow draws it. */
const transformOf = (page: Page) =>
  page.locator('.vue-flow__transformationpane').evaluate((el) => (el as HTMLElement).style.transform)

/** Wait until the view stops moving (the opening fit, an explicit fit) and return where it rests. */
async function restingTransform(page: Page): Promise<string> {
  let last = ''
  await expect
    .poll(
      async () => {
        const now = await transformOf(page)
        const still = now === last
        last = now
        return still
      },
      { intervals: [150] },
    )
    .toBe(true)
  return last
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })
const box = async (page: Page, id: string) => (await node(page, id).boundingBox())!
/** Where a card is drawn, from its position and the view (also when out of view, hence not rendered). */
const drawnBox = (page: Page, id: string) =>
  page.evaluate((id) => {
    const p = window.__studio!.positions()[id]!
    const canvas = document.querySelector('.vue-flow')!.getBoundingClientRect()
    const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
    const m = new DOMMatrix(getComputedStyle(pane).transform)
    return {
      x: canvas.x + p.x * m.a + m.e,
      y: canvas.y + p.y * m.a + m.f,
      width: 240 * m.a,
      height: 112 * m.a,
    }
  }, id)

async function cardBoxes(page: Page): Promise<Record<string, Box>> {
  const ids = Object.keys(await positions(page))
  const boxes: Record<string, Box> = {}
  for (const id of ids) if (await node(page, id).count()) boxes[id] = await box(page, id)
  return boxes
}

/** The same cards drawn at the same places, to the pixel (layout rounding differs in the 5th digit). */
function expectSameBoxes(now: Record<string, Box>, before: Record<string, Box>) {
  expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort())
  for (const [id, b] of Object.entries(before))
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(now[id]![key], `${id} ${key}`).toBeCloseTo(b[key], 0)
}

function expectNoOverlap(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false)
}

/** The chain's three cards made small in the middle: room around them to drop and add. */
async function openChainZoomedOut(page: Page) {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  await restingTransform(page)
  await page.locator('.vue-flow__controls-zoomout').click()
  await page.locator('.vue-flow__controls-zoomout').click()
  return restingTransform(page)
}

test('three jobs dragged from the list land where they were dropped, side by side; the view stays', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await openChainZoomedOut(page)
  // The JSON closed, the inspector docks beside the canvas: the first drop is where it will open
  // (the canvas then narrows; it used to scroll that card back into view, moving everything).
  await page.keyboard.press('Control+j')
  const view = await restingTransform(page)
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  const drops = [
    { id: 'load', x: canvas.width - 140, y: 140 },
    { id: 'extract', x: 160, y: 120 },
    { id: 'transform', x: 160, y: canvas.height - 120 },
  ]
  for (const drop of drops) {
    await page.getByTestId(`job-item-${drop.id}`).dragTo(page.getByTestId('canvas'), {
      targetPosition: { x: drop.x, y: drop.y },
    })
    await expect(page.getByTestId('inspector-subject')).toContainText(drop.id)
  }
  await expect(page.getByTestId('inspector-dock')).toHaveAttribute('data-placement', 'docked')
  expect(await transformOf(page)).toBe(view)
  const boxes = []
  for (const drop of drops) {
    const b = await drawnBox(page, drop.id)
    // Centred under the pointer (to the 8-px grid).
    expect(Math.abs(centre(b).x - (canvas.x + drop.x))).toBeLessThan(8)
    expect(Math.abs(centre(b).y - (canvas.y + drop.y))).toBeLessThan(8)
    boxes.push(b)
  }
  expectNoOverlap(boxes)
  expect(await restingTransform(page)).toBe(view)
  expect(errors).toEqual([])
})

test('+ Add Job three times puts three cards in free space in view, never on another card; the view stays', async ({
  page,
}) => {
  await openChainZoomedOut(page)
  const view = await transformOf(page)
  for (const id of ['job_1', 'job_2', 'job_3']) {
    await page.getByTestId('add-job').click()
    await expect(node(page, id)).toBeVisible()
    await expect(page.getByTestId('inspector-subject')).toContainText(id)
  }
  expect(await restingTransform(page)).toBe(view)
  const boxes = await cardBoxes(page)
  expect(Object.keys(boxes).sort()).toEqual(['extract', 'job_1', 'job_2', 'job_3', 'load', 'transform'])
  expectNoOverlap(Object.values(boxes))
  // In the part of the canvas the inspector leaves free.
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  const inspector = (await page.getByTestId('inspector').boundingBox())!
  for (const id of ['job_1', 'job_2', 'job_3']) {
    const b = boxes[id]!
    expect(b.x).toBeGreaterThanOrEqual(canvas.x)
    expect(b.y).toBeGreaterThanOrEqual(canvas.y)
    expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height)
    expect(b.x + b.width).toBeLessThanOrEqual(inspector.x)
  }
  await expect(page.getByTestId('job-item-job_3').getByTestId('not-on-canvas')).toHaveCount(0)
})

test('double-clicks on empty canvas add cards under the pointer; the view stays', async ({ page }) => {
  await openChainZoomedOut(page)
  const view = await transformOf(page)
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  const points = [
    { x: canvas.x + 120, y: canvas.y + 110 },
    { x: canvas.x + 120, y: canvas.y + canvas.height - 110 },
    { x: canvas.x + 320, y: canvas.y + 110 },
  ]
  for (const [i, p] of points.entries()) {
    await page.mouse.dblclick(p.x, p.y)
    await expect(node(page, `job_${i + 1}`)).toBeVisible()
  }
  expect(await restingTransform(page)).toBe(view)
  const boxes = []
  for (const [i, p] of points.entries()) {
    const b = await box(page, `job_${i + 1}`)
    expect(Math.abs(centre(b).x - p.x)).toBeLessThan(8)
    expect(Math.abs(centre(b).y - p.y)).toBeLessThan(8)
    boxes.push(b)
  }
  expectNoOverlap(boxes)
})

test('typing a new id for the selected job in the JSON leaves the view where it is', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  // The cursor in the job's id selects it (and brings it into view).
  await placeCursorAfter(page, '"id": "right')
  await expect(page.getByTestId('inspector-subject')).toContainText('right')
  await restingTransform(page)
  // Drag the view until the card is half out of the canvas, on the left.
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  const card = await box(page, 'right')
  const inset = { x: canvas.x + 40, y: canvas.y + 40, width: canvas.width - 80, height: canvas.height - 80 }
  await dragEmptyPane(page, inset, { dx: -(card.x + card.width / 2 - canvas.x), dy: 0, steps: 8 })
  const view = await restingTransform(page)
  expect((await drawnBox(page, 'right')).x).toBeLessThan(canvas.x)
  await expect(page.getByTestId('inspector-subject')).toContainText('right')
  // Back in the JSON, where the cursor was: one more letter renames the job; it stays selected.
  await page.locator('.cm-content').focus()
  await page.keyboard.type('z')
  await expect(node(page, 'rightz')).toBeAttached()
  await expect(page.getByTestId('inspector-subject')).toContainText('rightz')
  await settled(page)
  expect(await transformOf(page)).toBe(view)
})

for (const json of [true, false])
  test(`opening and closing the inspector moves no card (${json ? 'floating' : 'docked'})`, async ({
    page,
  }) => {
    await page.goto('/')
    await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
    if (!json) await page.keyboard.press('Control+j')
    const view = await restingTransform(page)
    const before = await cardBoxes(page)
    await node(page, 'right').click()
    await expect(page.getByTestId('inspector-subject')).toContainText('right')
    await expect(page.getByTestId('inspector-dock')).toHaveAttribute(
      'data-placement',
      json ? 'overlay' : 'docked',
    )
    expect(await restingTransform(page)).toBe(view)
    expectSameBoxes(await cardBoxes(page), before)
    await page.getByTestId('inspector-collapse').click()
    await expect(page.getByTestId('inspector')).toBeHidden()
    expectSameBoxes(await cardBoxes(page), before)
    expect(await transformOf(page)).toBe(view)
  })

test('each panel collapses and comes back; sizes, open state and placement survive a reload', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  const canvasWidth = async () => (await page.getByTestId('canvas').boundingBox())!.width

  // Job list: collapse gives its room to the canvas, the cards staying where they are on screen;
  // the rail brings it back; Ctrl+B toggles.
  const wide = await canvasWidth()
  await restingTransform(page)
  const cards = await cardBoxes(page)
  await page.getByTestId('sidebar-collapse').click()
  await expect(page.getByTestId('sidebar')).toHaveCount(0)
  expect(await canvasWidth()).toBeGreaterThan(wide)
  await restingTransform(page)
  expectSameBoxes(await cardBoxes(page), cards)
  await page.getByTestId('sidebar-expand').click()
  await expect(page.getByTestId('sidebar')).toBeVisible()
  await restingTransform(page)
  expectSameBoxes(await cardBoxes(page), cards)
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+b')
  await expect(page.getByTestId('sidebar')).toHaveCount(0)

  // JSON: the cursor survives a collapse.
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  const cursor = await page.getByTestId('json-cursor').textContent()
  await page.getByTestId('json-pane-collapse').click()
  await expect(page.getByTestId('json-pane')).toBeHidden()
  await page.getByTestId('rail-json').click()
  await expect(page.getByTestId('json-pane')).toBeVisible()
  await expect(page.getByTestId('json-cursor')).toHaveText(cursor!)

  // Inspector: collapsed, it keeps its job; pinned, it docks; Alt+I brings it back.
  await node(page, 'transform').click()
  await page.getByTestId('inspector-pin').click()
  await expect(page.getByTestId('inspector-dock')).toHaveAttribute('data-placement', 'docked')
  await page.getByTestId('inspector-collapse').click()
  await expect(page.getByTestId('inspector')).toBeHidden()
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } }) // clears the selection
  await node(page, 'load').click()
  await expect(page.getByTestId('inspector')).toBeHidden()
  await page.keyboard.press('Alt+i')
  await expect(page.getByTestId('inspector-subject')).toContainText('load')
  await page.getByTestId('rail-inspector').click()
  await expect(page.getByTestId('inspector')).toBeHidden()

  // Bottom panel from the rail; its height from its splitter.
  await page.getByTestId('rail-dock').click()
  await expect(page.getByTestId('problems-panel')).toBeVisible()
  const dockHeight = async () => (await page.locator('#problems-panel').boundingBox())!.height
  const tall = await dockHeight()
  await page.getByRole('separator', { name: 'Resize the bottom panel' }).focus()
  await page.keyboard.press('ArrowUp')
  expect(await dockHeight()).toBe(tall + 16)
  await page.getByRole('separator', { name: 'Resize the JSON editor' }).focus()
  await page.keyboard.press('ArrowLeft')
  const jsonWidth = (await page.getByTestId('json-pane').boundingBox())!.width

  await page.reload()
  await openFixture(page, 'chain.json')
  await expect(node(page, 'load')).toBeVisible()
  await expect(page.getByTestId('sidebar')).toHaveCount(0)
  await expect(page.getByTestId('sidebar-rail')).toBeVisible()
  await expect(page.getByTestId('problems-panel')).toBeVisible()
  expect(await dockHeight()).toBe(tall + 16)
  expect((await page.getByTestId('json-pane').boundingBox())!.width).toBe(jsonWidth)
  await node(page, 'load').click()
  await expect(page.getByTestId('inspector')).toBeHidden() // still collapsed
  await page.getByTestId('rail-inspector').click()
  await expect(page.getByTestId('inspector-dock')).toHaveAttribute('data-placement', 'docked')
  expect(errors).toEqual([])
})

test('Auto-arrange from the header ends with every card inside the canvas', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  await restingTransform(page)
  for (let i = 0; i < 4; i++) await page.locator('.vue-flow__controls-zoomin').click()
  await restingTransform(page)
  const outside = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('.vue-flow')!.getBoundingClientRect()
      const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
      const m = new DOMMatrix(getComputedStyle(pane).transform)
      return Object.entries(window.__studio!.positions())
        .filter(([, p]) => {
          const left = p.x * m.a + m.e
          const top = p.y * m.a + m.f
          return left < 0 || top < 0 || left + 240 * m.a > canvas.width || top + 112 * m.a > canvas.height
        })
        .map(([id]) => id)
    })
  expect((await outside()).length).toBeGreaterThan(0)
  await page.getByTestId('auto-arrange').click()
  await expect.poll(outside).toEqual([])
  for (let i = 0; i < 4; i++) await page.locator('.vue-flow__controls-zoomin').click()
  await restingTransform(page)
  expect((await outside()).length).toBeGreaterThan(0)
  await page.getByTestId('direction-tb').click()
  await expect.poll(outside).toEqual([])
})

const EXAMPLE = fileURLToPath(new URL('../../examples/etl_pipeline.json', import.meta.url))

for (const [width, height] of [
  [1024, 700],
  [1440, 900],
  [1920, 1080],
] as const)
  test(`at ${width}×${height} with a job selected, the JSON and the bottom panel open, the canvas keeps half the window and the header one line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await page.getByTestId('open-file-input').setInputFiles(EXAMPLE)
    await expect(node(page, 'clean_data')).toBeVisible()
    await page.keyboard.press('Control+Shift+M')
    await node(page, 'clean_data').click()
    await expect(page.getByTestId('inspector-subject')).toContainText('clean_data')
    await expect(page.getByTestId('problems-panel')).toBeVisible()
    const canvas = (await page.getByTestId('canvas').boundingBox())!
    expect(canvas.width).toBeGreaterThanOrEqual(width / 2)
    expect(canvas.height).toBeGreaterThanOrEqual(300)
    // The JSON is docked where there is room, else one click away on the rail (as a drawer).
    if (width >= 1440) await expect(page.getByTestId('json-pane')).toBeVisible()
    else {
      await expect(page.getByTestId('json-pane')).toBeHidden()
      await page.getByTestId('rail-json').click()
      await expect(page.getByTestId('json-dock')).toHaveAttribute('data-placement', 'drawer')
      await expect(page.locator('[data-testid="json-editor"][data-ready]')).toBeVisible()
      expect((await page.getByTestId('canvas').boundingBox())!.width).toBe(canvas.width)
    }
    // One line: the header's height is that of one row, and no control sticks out of it.
    const header = (await page.locator('header').first().boundingBox())!
    expect(header.height).toBe(48)
    const controls = page.locator('header').first().locator('button, h1, [data-testid="file-name"]')
    for (let i = 0; i < (await controls.count()); i++) {
      const b = await controls.nth(i).boundingBox()
      if (!b) continue // hidden on narrow windows (its name stays readable)
      expect(b.y).toBeGreaterThanOrEqual(header.y)
      expect(b.y + b.height).toBeLessThanOrEqual(header.y + header.height)
      expect(b.x + b.width).toBeLessThanOrEqual(width)
    }
  })

test('at 1024 px, Escape closes the JSON drawer, after the editor has closed its own search panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto('/')
  await page.getByTestId('open-file-input').setInputFiles(EXAMPLE)
  await expect(node(page, 'clean_data')).toBeVisible()
  await page.getByTestId('rail-json').click()
  const dock = page.getByTestId('json-dock')
  await expect(dock).toHaveAttribute('data-placement', 'drawer')
  await page.locator('[data-testid="json-editor"][data-ready] .cm-content').click()
  // The editor's search panel takes the first Escape; the drawer stays open meanwhile.
  await page.keyboard.press('Control+f')
  await expect(page.locator('.cm-search')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.locator('.cm-search')).toBeHidden()
  await expect(dock).toBeVisible()
  // The next one closes the drawer and gives the keyboard back to its rail button.
  await page.keyboard.press('Escape')
  await expect(dock).toBeHidden()
  await expect(page.getByTestId('rail-json')).toBeFocused()
  // Nothing else happened to the document: the canvas shows the same jobs.
  await expect(node(page, 'clean_data')).toBeVisible()
})
