import { expect, test, type Page } from '@playwright/test'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../bench/generate.mjs'
import { mkdirSync } from 'node:fs'
import { node, openFixture, positions } from './support/studio'

// Trace snapshots walk the whole DOM on every action: far too slow with hundreds of jobs.
test.use({ trace: 'off' })

async function openGenerated(page: Page, shape: string, count: number) {
  await page.getByTestId('open-file-input').setInputFiles({
    name: `${shape}-${count}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(generateConfig(shape, count) as string),
  })
  await expect.poll(async () => Object.keys(await positions(page)).length, { timeout: 45_000 }).toBe(count)
}

/** The view transform's zoom. */
const zoomOf = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
    return new DOMMatrix(getComputedStyle(pane).transform).a
  })

/** Jobs whose card box (from its position and the view transform) is not wholly inside the canvas. */
const cardsOutside = (page: Page) =>
  page.evaluate(() => {
    const placed = window.__studio!.positions()
    const box = document.querySelector('.vue-flow')!.getBoundingClientRect()
    const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
    const m = new DOMMatrix(getComputedStyle(pane).transform)
    return Object.entries(placed)
      .filter(([, p]) => {
        const left = p.x * m.a + m.e
        const top = p.y * m.a + m.f
        return left < 0 || top < 0 || left + 240 * m.a > box.width || top + 112 * m.a > box.height
      })
      .map(([id]) => id)
  })

/** Whether the card of `id` is on screen, wholly inside the canvas. */
async function cardInCanvas(page: Page, id: string): Promise<boolean> {
  // Only the cards in view are on the page.
  if ((await node(page, id).count()) === 0) return false
  const card = await node(page, id).boundingBox()
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  return (
    card !== null &&
    card.x >= canvas.x &&
    card.y >= canvas.y &&
    card.x + card.width <= canvas.x + canvas.width &&
    card.y + card.height <= canvas.y + canvas.height
  )
}

for (const shape of ['fanout', 'layered'] as const)
  test(`Fit shows every card of a 1000-job ${shape} graph`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/')
    await openGenerated(page, shape, 1000)
    // It opens on the graph's start at a readable zoom: most cards are out of view.
    await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.5)
    expect((await cardsOutside(page)).length).toBeGreaterThan(100)
    await page.getByRole('button', { name: 'Fit view' }).click()
    await expect.poll(() => cardsOutside(page), { timeout: 10_000 }).toEqual([])
    // Zooming out with the wheel is not stopped before the whole graph either.
  })

test('search highlights matching cards, Enter/↑ step through them, each selected and in view', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  await openGenerated(page, 'layered', 300)
  const search = page.getByTestId('job-search')
  // job_0099, job_0199, job_0299: in the first, middle and last layers.
  await search.fill('99')
  await expect(page.getByTestId('job-search-count')).toContainText('3 matches')
  await expect(page.locator('.job-node[data-search="dim"]').first()).toBeVisible()
  const expectCurrent = async (id: string, position: string) => {
    await expect(page.getByTestId(`job-item-${id}`)).toHaveAttribute('aria-pressed', 'true')
    await expect(node(page, id).locator('.job-node')).toHaveAttribute('data-search', 'match')
    await expect.poll(() => cardInCanvas(page, id)).toBe(true)
    await expect(page.getByTestId('job-search-count')).toContainText(`${position} of 3`)
    await expect(search).toBeFocused()
  }
  await search.press('Enter')
  await expectCurrent('job_0099', '1')
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.8)
  mkdirSync('/tmp/shots-navigate', { recursive: true })
  await page.screenshot({ path: '/tmp/shots-navigate/search-300-light.png' })
  await search.press('ArrowDown')
  await expectCurrent('job_0199', '2')
  await search.press('Enter')
  await expectCurrent('job_0299', '3')
  await search.press('Enter')
  await expectCurrent('job_0099', '1')
  await search.press('ArrowUp')
  await expectCurrent('job_0299', '3')
  await page.evaluate(() => document.documentElement.classList.add('dark'))
  await search.press('Shift+Enter')
  await expectCurrent('job_0199', '2')
  await page.screenshot({ path: '/tmp/shots-navigate/search-300-dark.png' })
  await page.getByRole('button', { name: 'Fit view' }).click()
  await expect.poll(() => cardsOutside(page)).toEqual([])
  await page.screenshot({ path: '/tmp/shots-navigate/search-300-fit-dark.png' })
  await search.press('Escape')
  await expect(search).toHaveValue('')
  await expect(page.locator('.job-node[data-search]')).toHaveCount(0)
})

test('F brings the selected job into view at a readable zoom; with nothing selected it fits', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await openGenerated(page, 'layered', 300)
  await page.keyboard.press('Shift+F')
  await expect.poll(() => cardsOutside(page)).toEqual([])
  expect(await zoomOf(page)).toBeLessThan(0.4)
  await node(page, 'job_0150').click()
  await expect(node(page, 'job_0150')).toHaveClass(/selected/)
  await page.keyboard.press('f')
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.8)
  await expect.poll(() => cardInCanvas(page, 'job_0150')).toBe(true)
  await page.keyboard.press('Escape')
  await page.keyboard.press('f')
  await expect.poll(() => cardsOutside(page)).toEqual([])
})

test('choosing a job in the list brings its card into view; search text is gone in the next file', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await openGenerated(page, 'layered', 300)
  await page.getByTestId('job-search').fill('job_0287')
  await page.getByTestId('job-item-job_0287').click()
  await expect.poll(() => cardInCanvas(page, 'job_0287')).toBe(true)
  await page.getByTestId('job-search').fill('no such job')
  await expect(page.getByText('No job matches.')).toBeVisible()
  await openFixture(page, 'chain.json')
  await expect(page.getByTestId('job-search')).toHaveValue('')
  await expect(page.getByTestId('job-item-extract')).toBeVisible()
})

test('Tab moves between job cards in file order, even to cards out of view; Enter opens the job', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await openGenerated(page, 'layered', 300)
  const search = page.getByTestId('job-search')
  await search.fill('job_0099')
  await search.press('Enter')
  await expect.poll(() => cardInCanvas(page, 'job_0099')).toBe(true)
  await node(page, 'job_0099').locator('.job-node').focus()
  // The layout orders a layer its own way: the next job of the file is out of view.
  expect(await cardInCanvas(page, 'job_0100')).toBe(false)
  await page.keyboard.press('Tab')
  await expect(node(page, 'job_0100')).toHaveClass(/selected/)
  await expect.poll(() => cardInCanvas(page, 'job_0100')).toBe(true)
  await expect(page.getByTestId('node-job_0100')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('node-job_0101')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByTestId('node-job_0100')).toBeFocused()
  await expect(node(page, 'job_0100')).toHaveClass(/selected/)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('inspector-subject')).toContainText('job_0100')
  await expect(page.getByLabel('Job id', { exact: true })).toBeFocused()
  await expect(page.getByLabel('Job id', { exact: true })).toHaveValue('job_0100')
})
