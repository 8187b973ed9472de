/**
 * Zoomed far out, the cards are too small to read: labels per column of cards ("Wave 3 · 42 jobs")
 * stay readable at any zoom, and go when zoomed back in.
 */
import { expect, test, type Page } from '@playwright/test'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../bench/generate.mjs'
import { mkdirSync } from 'node:fs'
import { collectErrors, positions } from './support/studio'

const SHOTS = '/tmp/shots-zoomed-out'
test.use({ trace: 'off' })

const zoomOf = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.vue-flow__transformationpane')!
    return new DOMMatrix(getComputedStyle(pane).transform).a
  })

/** Each label's text, its box on screen and its font size as drawn. */
const shownLabels = (page: Page) =>
  page.getByTestId('column-label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return {
        text: el.textContent!.trim(),
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        font: parseFloat(getComputedStyle(el).fontSize),
      }
    }),
  )

test('zoomed out on 300 jobs, each column is labelled with its wave and job count, readable; zoomed in, no labels', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const errors = collectErrors(page)
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/')
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'layered-300.json',
    mimeType: 'application/json',
    buffer: Buffer.from(generateConfig('layered', 300) as string),
  })
  await expect.poll(async () => Object.keys(await positions(page)).length, { timeout: 45_000 }).toBe(300)
  // Opened at a readable zoom: cards are readable, no labels.
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.4)
  await expect(page.getByTestId('column-label')).toHaveCount(0)

  await page.keyboard.press('Shift+F')
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.4)
  await expect(page.getByTestId('column-label').first()).toBeVisible()
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/zoomed-out-300-light.png` })
  const labels = await shownLabels(page)
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  expect(labels.length).toBeGreaterThan(2)
  let jobs = 0
  for (const label of labels) {
    // "Wave 3 · 42 jobs", or "W3 · 42" where columns are close together on screen.
    expect(label.text).toMatch(/^(Waves? |W)\d+(–\d+)? · \d+( jobs?)?$/)
    jobs += Number(label.text.match(/(\d+)( jobs?)?$/)![1])
    expect(label.font).toBeGreaterThanOrEqual(11)
    // On the canvas, above the cards' top edge.
    expect(label.x).toBeGreaterThanOrEqual(canvas.x - 1)
    expect(label.x + label.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1)
    expect(label.y).toBeGreaterThanOrEqual(canvas.y)
  }
  // Side by side, not on top of each other; every job counted once when every column is labelled.
  const byX = [...labels].sort((a, b) => a.x - b.x)
  for (let i = 1; i < byX.length; i++)
    expect(byX[i]!.x).toBeGreaterThanOrEqual(byX[i - 1]!.x + byX[i - 1]!.width)
  expect(jobs).toBeLessThanOrEqual(300)
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.screenshot({ path: `${SHOTS}/zoomed-out-300-dark.png` })

  // Further out still, the labels keep their size on screen.
  const canvasMiddle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 }
  await page.mouse.move(canvasMiddle.x, canvasMiddle.y)
  const before = await zoomOf(page)
  await page.mouse.wheel(0, 300)
  await expect.poll(() => zoomOf(page)).toBeLessThan(before)
  for (const label of await shownLabels(page)) expect(label.font).toBeGreaterThanOrEqual(11)

  // Zoomed back in to read the cards: the labels are gone.
  await page.locator('.vue-flow__controls-zoomin').click()
  for (let i = 0; i < 12 && (await zoomOf(page)) < 0.4; i++)
    await page.locator('.vue-flow__controls-zoomin').click()
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.4)
  await expect(page.getByTestId('column-label')).toHaveCount(0)

  // Top to bottom, the rows are labelled along the graph's left edge, one under the other.
  const leftToRight = JSON.stringify(await positions(page))
  await page.getByTestId('direction-tb').click()
  await expect
    .poll(async () => JSON.stringify(await positions(page)), { timeout: 30_000 })
    .not.toBe(leftToRight)
  await page.keyboard.press('Shift+F')
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.4)
  await expect.poll(async () => (await shownLabels(page)).length).toBeGreaterThan(2)
  const rows = (await shownLabels(page)).sort((a, b) => a.y - b.y)
  for (let i = 1; i < rows.length; i++)
    expect(rows[i]!.y).toBeGreaterThanOrEqual(rows[i - 1]!.y + rows[i - 1]!.height)
  for (const row of rows) expect(row.font).toBeGreaterThanOrEqual(11)
  await page.screenshot({ path: `${SHOTS}/zoomed-out-300-tb-dark.png` })
  expect(errors).toEqual([])
})
