/**
 * Panning and wheel-zooming the canvas leave nothing behind: once a gesture is over the canvas is
 * drawn exactly as the same view reached without one (nothing blurred or stale), and the cards take
 * the pointer again (hover, click), though they take none while the view is dragged (style.css).
 */
import { expect, test, type Page } from '@playwright/test'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { findPoint } from '../bench/lib/scenario.mjs'
import { mkdirSync } from 'node:fs'
import { collectErrors, edge, node } from './support/studio'

const SHOTS = '/tmp/shots-gestures'
test.use({ trace: 'off' })

const CONFIG = JSON.stringify({
  working_dir: '/tmp/gestures',
  jobs: [
    { id: 'extract', description: 'Pull the day’s orders', command: 'python extract.py' },
    { id: 'clean', description: 'Drop test orders', command: 'python clean.py', dependencies: ['extract'] },
    { id: 'rates', description: 'Fetch currency rates', command: 'curl -sf rates.example/eur' },
    { id: 'convert', command: 'python convert.py', dependencies: ['clean', 'rates'] },
    { id: 'report', description: 'Daily report', command: 'python report.py', dependencies: ['convert'] },
    { id: 'archive', command: 'tar czf orders.tgz data/', dependencies: ['clean'] },
  ],
})
const JOBS = ['extract', 'clean', 'rates', 'convert', 'report', 'archive']

const transformOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.vue-flow__transformationpane')!).transform)

/** Fit the whole graph (Shift+F) from a view that is not the fitted one: the view Fit jumps to. */
async function fit(page: Page): Promise<string> {
  const from = await transformOf(page)
  await page.keyboard.press('Shift+F')
  await expect.poll(() => transformOf(page)).not.toBe(from)
  return transformOf(page)
}

/** The canvas as drawn, the pointer parked outside it (no card hovered). */
async function canvasShot(page: Page) {
  await page.mouse.move(2, 2)
  return page.getByTestId('canvas').screenshot({ animations: 'disabled' })
}

/** Pixels of two same-sized PNGs that differ: by more than 8 levels in a channel (far), by less (near). */
const pixelsApart = (page: Page, a: Buffer, b: Buffer) =>
  page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob())
        const canvas = new OffscreenCanvas(image.width, image.height)
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0)
        return context.getImageData(0, 0, image.width, image.height).data
      }
      const [x, y] = [await pixels(a), await pixels(b)]
      let far = 0
      let near = 0
      for (let i = 0; i < x.length; i += 4) {
        let most = 0
        for (let k = 0; k < 4; k++) most = Math.max(most, Math.abs(x[i + k]! - y[i + k]!))
        if (most > 8) far++
        else if (most > 0) near++
      }
      return { far, near }
    },
    [a.toString('base64'), b.toString('base64')],
  )

test('After a wheel zoom and a pan the canvas is drawn as the same view reached without a gesture, and the cards take the pointer again', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'gestures.json', mimeType: 'application/json', buffer: Buffer.from(CONFIG) })
  for (const id of JOBS) await expect(node(page, id)).toBeVisible()
  // The view the file opened on (Vue Flow starts at the identity), then Fit's, which differs from it.
  await expect.poll(() => transformOf(page)).not.toBe('matrix(1, 0, 0, 1, 0, 0)')
  const fitted = await fit(page)
  const before = await canvasShot(page)

  // Drag the view by an empty spot: meanwhile the cards take no pointer (what is under it is the pane).
  const card = (await node(page, 'convert').boundingBox())!
  const pane = (await page.evaluate(findPoint, 'pane')) as { x: number; y: number } | null
  if (!pane) throw new Error('no empty spot of the canvas to drag')
  await page.mouse.move(pane.x, pane.y)
  await page.mouse.down()
  await page.mouse.move(pane.x - 180, pane.y - 90, { steps: 12 })
  await expect.poll(() => transformOf(page)).not.toBe(fitted)
  const cardCentre = { x: card.x + card.width / 2 - 180, y: card.y + card.height / 2 - 90 }
  const hit = (point: { x: number; y: number }) =>
    page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.vue-flow__node')?.getAttribute('data-id'),
      point,
    )
  expect(await hit(cardCentre)).toBeUndefined()
  await page.mouse.up()
  expect(await hit(cardCentre)).toBe('convert')

  // Wheel in over the card (the view zooms around the pointer).
  await page.mouse.move(cardCentre.x, cardCentre.y)
  const panned = await transformOf(page)
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120)
  await expect.poll(() => transformOf(page)).not.toBe(panned)
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/zoomed-light.png` })

  // The cards take the pointer again: hovering one raises its edges.
  const moved = (await node(page, 'convert').boundingBox())!
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2)
  await expect(edge(page, 'convert', 'report')).toHaveClass(/near/)

  // The same view as before, reached again by Fit: the same picture (but for a level of rounding).
  expect(await fit(page)).toBe(fitted)
  const after = await canvasShot(page)
  // (a picture left rastered at another zoom differs along every letter and border)
  const apart = await pixelsApart(page, before, after)
  expect(apart.far).toBe(0)
  expect(apart.near).toBeLessThan(50)

  await page.screenshot({ path: `${SHOTS}/settled-light.png` })
  // A click on a card selects it.
  const fitCard = (await node(page, 'convert').boundingBox())!
  await page.mouse.click(fitCard.x + fitCard.width / 2, fitCard.y + fitCard.height / 2)
  await expect(node(page, 'convert')).toHaveClass(/selected/)
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
  for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -120)
  await expect.poll(() => transformOf(page)).not.toBe(fitted)
  await page.screenshot({ path: `${SHOTS}/zoomed-dark.png` })
  await fit(page)
  await page.screenshot({ path: `${SHOTS}/settled-dark.png` })
  expect(errors).toEqual([])
})
