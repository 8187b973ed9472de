/**
 * Finding one's way in a graph: the lineage of a job (its upstream and downstream highlighted, the
 * rest dimmed), a hovered card's own edges raised, and the arrow keys from card to card.
 */
import { expect, test, type Page } from '@playwright/test'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../bench/generate.mjs'
import { mkdirSync } from 'node:fs'
import { collectErrors, edge, node, positions } from './support/studio'

const SHOTS = '/tmp/shots-lineage'
test.use({ trace: 'off' })

// mid's upstream: a, root; downstream: c, d, leaf. side and other, x are strangers to it.
const CONFIG = JSON.stringify({
  working_dir: '/tmp/lineage',
  jobs: [
    { id: 'root', command: 'echo root' },
    { id: 'other', command: 'echo other' },
    { id: 'a', command: 'echo a', dependencies: ['root'] },
    { id: 'side', command: 'echo side', dependencies: ['root'] },
    { id: 'x', command: 'echo x', dependencies: ['other'] },
    { id: 'mid', command: 'echo mid', dependencies: ['a'] },
    { id: 'c', command: 'echo c', dependencies: ['mid'] },
    { id: 'd', command: 'echo d', dependencies: ['mid', 'other'] },
    { id: 'leaf', command: 'echo leaf', dependencies: ['c'] },
  ],
})
const JOBS = ['root', 'other', 'a', 'side', 'x', 'mid', 'c', 'd', 'leaf']
const LINEAGE: Record<string, string> = {
  mid: 'self',
  a: 'upstream',
  root: 'upstream',
  c: 'downstream',
  d: 'downstream',
  leaf: 'downstream',
}

/** The opacity a card is drawn with. */
const cardOpacity = (page: Page, id: string) =>
  node(page, id)
    .locator('.job-node')
    .evaluate((el) => Number(getComputedStyle(el).opacity))
const edgeOpacity = (page: Page, from: string, to: string) =>
  edge(page, from, to).evaluate((el) => Number(getComputedStyle(el).opacity))

test('Lineage highlights exactly the upstream and downstream of the selected job; hover raises a card’s edges', async ({
  page,
}) => {
  const errors = collectErrors(page)
  // Wide enough for every card and edge to be drawn in full beside the inspector (not the sketch).
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/')
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'lineage.json', mimeType: 'application/json', buffer: Buffer.from(CONFIG) })
  for (const id of JOBS) await expect(node(page, id)).toBeVisible()
  const toggle = page.getByTestId('canvas-lineage-toggle')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')

  await node(page, 'mid').click()
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  // The inspector has opened beside the canvas: bring every card back into view.
  await page.keyboard.press('Shift+F')
  for (const id of JOBS) {
    const card = node(page, id).locator('.job-node')
    if (LINEAGE[id]) {
      await expect(card).toHaveAttribute('data-lineage', LINEAGE[id]!)
      await expect.poll(() => cardOpacity(page, id), { message: id }).toBe(1)
    } else {
      await expect(card).toHaveAttribute('data-lineage', 'outside')
      await expect.poll(() => cardOpacity(page, id), { message: id }).toBeLessThan(0.5)
    }
  }
  // Edges between jobs of the lineage are drawn in full, the others faint.
  for (const [from, to] of [
    ['root', 'a'],
    ['a', 'mid'],
    ['mid', 'c'],
    ['mid', 'd'],
    ['c', 'leaf'],
  ] as const) {
    await expect(edge(page, from, to)).toHaveClass(/lineage/)
    await expect.poll(() => edgeOpacity(page, from, to)).toBe(1)
  }
  for (const [from, to] of [
    ['root', 'side'],
    ['other', 'x'],
    ['other', 'd'],
  ] as const) {
    await expect(edge(page, from, to)).toHaveClass(/dimmed/)
    await expect.poll(() => edgeOpacity(page, from, to)).toBeLessThan(0.5)
  }
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/lineage-light.png` })
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.screenshot({ path: `${SHOTS}/lineage-dark.png` })
  await page.getByTestId('theme-toggle').click()

  // The lineage follows the selection.
  await node(page, 'other').click()
  await expect(node(page, 'x').locator('.job-node')).toHaveAttribute('data-lineage', 'downstream')
  await expect(node(page, 'mid').locator('.job-node')).toHaveAttribute('data-lineage', 'outside')
  await expect(edge(page, 'other', 'd')).toHaveClass(/lineage/)

  // L turns it off: nothing is dimmed any more.
  await page.keyboard.press('l')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('.job-node[data-lineage]')).toHaveCount(0)
  // (the fade back is a CSS transition: wait for its end)
  for (const id of JOBS) await expect.poll(() => cardOpacity(page, id), { message: id }).toBe(1)
  await expect(page.locator('.vue-flow__edge.dimmed')).toHaveCount(0)

  // Hovering a card raises its own edges, and only while the pointer is on it.
  await node(page, 'side').hover()
  await expect(edge(page, 'root', 'side')).toHaveClass(/near/)
  await expect(edge(page, 'root', 'a')).not.toHaveClass(/near/)
  await page.mouse.move(5, 5)
  await expect(edge(page, 'root', 'side')).not.toHaveClass(/near/)

  // The cheat sheet lists the lineage and the arrow keys.
  await page.keyboard.press('?')
  const sheet = page.getByTestId('shortcuts-dialog')
  await expect(sheet).toContainText('Lineage: upstream and downstream of the selected job')
  await expect(sheet).toContainText('Nearest job card that way')
  await page.screenshot({ path: `${SHOTS}/shortcuts-light.png` })
  await page.keyboard.press('Escape')
  expect(errors).toEqual([])
})

/** Whether the card of `id` is wholly inside the canvas (only the cards in view are on the page). */
async function cardInCanvas(page: Page, id: string): Promise<boolean> {
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

/** The id of the card that has the keyboard focus. */
const focusedCard = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest<HTMLElement>('.vue-flow__node')?.dataset.id ?? null)
const mountedCards = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.vue-flow__node'), (n) => n.dataset.id!),
  )

test('arrow keys go to the nearest card that way, even to cards out of view; after a click they nudge', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const errors = collectErrors(page)
  await page.goto('/')
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'layered-300.json',
    mimeType: 'application/json',
    buffer: Buffer.from(generateConfig('layered', 300) as string),
  })
  await expect.poll(async () => Object.keys(await positions(page)).length, { timeout: 45_000 }).toBe(300)
  const search = page.getByTestId('job-search')
  await search.fill('job_0020')
  await search.press('Enter')
  await expect.poll(() => cardInCanvas(page, 'job_0020')).toBe(true)
  await search.press('Escape')
  await node(page, 'job_0020').locator('.job-node').focus()
  await expect(page.getByTestId('node-job_0020')).toBeFocused()
  const place = await positions(page)

  // → several times: each card is further right, selected, focused and wholly in view, and the walk
  // leaves the cards that were on the page when it started.
  const before = new Set(await mountedCards(page))
  let current = 'job_0020'
  let reachedUnmounted = false
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => focusedCard(page)).not.toBe(current)
    const next = (await focusedCard(page))!
    expect(place[next]!.x, `${next} lies right of ${current}`).toBeGreaterThan(place[current]!.x)
    await expect(node(page, next)).toHaveClass(/selected/)
    await expect.poll(() => cardInCanvas(page, next)).toBe(true)
    if (!before.has(next)) reachedUnmounted = true
    current = next
  }
  expect(reachedUnmounted).toBe(true)
  // ↓ and ↑ stay in the column when a card is there.
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => focusedCard(page)).not.toBe(current)
  const below = (await focusedCard(page))!
  expect(place[below]!.y).toBeGreaterThan(place[current]!.y)
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => focusedCard(page)).toBe(current)
  await expect(node(page, current)).toHaveClass(/selected/)
  // The arrow keys never moved a card.
  expect(await positions(page)).toEqual(place)

  // After a click, the arrow keys nudge the selected card as before.
  await node(page, current).click()
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await positions(page))[current]!.x).toBe(place[current]!.x + 8)

  // Zoomed out over the whole graph, the lineage still reads: its edges raised, the others faint.
  await page.keyboard.press('l')
  await page.keyboard.press('Shift+F')
  await expect(page.getByTestId('edge-sketch-dimmed')).toBeAttached()
  await expect(page.locator('.job-node[data-lineage="outside"]').first()).toBeAttached()
  await page.screenshot({ path: `${SHOTS}/lineage-300-zoomed-out-light.png` })
  expect(errors).toEqual([])
})
