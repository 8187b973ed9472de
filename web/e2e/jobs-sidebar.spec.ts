import { expect, test } from '@playwright/test'
import { collectErrors, docJson, node, openAndPlace, positions } from './support/studio'

test('+ Add Job puts the job on the canvas in free space; dragging it from the list moves it there', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await page.getByTestId('add-job').click()
  const item = page.getByTestId('job-item-job_1')
  await expect(item).toBeVisible()
  await expect(node(page, 'job_1')).toBeVisible()
  await expect(item.getByTestId('not-on-canvas')).toHaveCount(0)
  expect((await docJson(page)).jobs.map((j) => j.id)).toEqual(['first', 'second', 'job_1'])
  const added = (await positions(page)).job_1

  const canvas = page.getByTestId('canvas')
  const box = (await canvas.boundingBox())!
  await item.dragTo(canvas, { targetPosition: { x: 160, y: box.height - 120 } })
  // Dropped where the pointer was (card centred under it).
  await expect
    .poll(async () => {
      const card = (await node(page, 'job_1').boundingBox())!
      return Math.abs(card.y + card.height / 2 - (box.y + box.height - 120))
    })
    .toBeLessThan(40)
  // Moving is a layout change: the config text is not touched by it, and undo takes it back.
  await page.keyboard.press('Control+z')
  expect((await positions(page)).job_1).toEqual(added)
  expect((await docJson(page)).jobs).toHaveLength(3)
  expect(errors).toEqual([])
})

test('the job list searches ids and descriptions and shows dependency counts; a click selects on the canvas', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  await expect(page.getByTestId('job-item-load')).toContainText('1')
  // The card's dependency badge: its icon (an image, cardIcons.ts) loaded beside the count.
  const badge = node(page, 'load').getByTitle('1 dependency', { exact: true })
  await expect(badge).toHaveText('1')
  await expect
    .poll(() => badge.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  await page.getByTestId('job-search').fill('warehouse')
  await expect(page.getByTestId('job-item-load')).toBeVisible()
  await expect(page.getByTestId('job-item-extract')).toHaveCount(0)
  await page.getByTestId('job-search').fill('')
  await page.getByTestId('job-item-transform').click()
  await expect(node(page, 'transform')).toHaveClass(/selected/)
  await expect(page.getByTestId('job-item-transform')).toHaveAttribute('aria-pressed', 'true')
})

test('a job with problems shows them in the list and on its card', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first'])
  await page.getByTestId('add-job').click() // no command yet: the engine would refuse it
  await expect(page.getByTestId('job-item-job_1').locator('span', { hasText: /^1$/ }).last()).toBeVisible()
  const canvas = page.getByTestId('canvas')
  await page.getByTestId('job-item-job_1').dragTo(canvas, { targetPosition: { x: 200, y: 80 } })
  await expect(node(page, 'job_1').getByTestId('node-problems')).toContainText('problem')
  // The error mark is an image (cardIcons.ts) that loaded, named for screen readers.
  const mark = node(page, 'job_1').getByRole('img', { name: 'Has errors' })
  await expect(mark).toBeVisible()
  await expect.poll(() => mark.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
})

test('selecting a job elsewhere (the list) selects its node and brings it into view', async ({ page }) => {
  const jobs = Array.from({ length: 40 }, (_, i) => ({
    id: `j${i}`,
    command: 'true',
    dependencies: i ? [`j${i - 1}`] : [],
  }))
  await page.goto('/')
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ working_dir: '/w', jobs }, null, 2)),
  })
  await expect(node(page, 'j0')).toBeVisible()
  await expect(node(page, 'j39')).toHaveCount(0) // far right of a long chain: not rendered yet
  await page.getByTestId('job-search').fill('j39')
  await page.getByTestId('job-item-j39').click()
  await expect(node(page, 'j39')).toBeInViewport()
  await expect(node(page, 'j39')).toHaveClass(/selected/)
})
