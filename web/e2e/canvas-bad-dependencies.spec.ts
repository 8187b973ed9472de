/**
 * Dependencies the engine refuses, as a user sees them on the canvas: a job depending on itself is
 * a loop on its own card, a cycle's edges are in the error colour, a dependency on a job that does
 * not exist dangles from a "missing" marker; fixing the JSON by typing makes each go away.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { arrowheadFill, collectErrors, edge, node } from './support/studio'
import { placeCursorAfter } from './code-helpers'

const SHOTS = '/tmp/shots-drawing'

const CONFIG = `{
  "working_dir": "/tmp/bad",
  "jobs": [
    { "id": "root", "command": "echo root" },
    { "id": "after", "command": "echo after", "dependencies": ["root"] },
    { "id": "loop", "command": "echo loop", "dependencies": ["loop"] },
    { "id": "a", "command": "echo a", "dependencies": ["c"] },
    { "id": "b", "command": "echo b", "dependencies": ["a"] },
    { "id": "c", "command": "echo c", "dependencies": ["b"] },
    { "id": "lonely", "command": "echo lonely", "dependencies": ["ghost"] }
  ]
}
`
const JOBS = ['root', 'after', 'loop', 'a', 'b', 'c', 'lonely']

async function openBad(page: Page) {
  await page.goto('/')
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(CONFIG) })
  await expect(page.getByTestId('file-name')).toContainText('bad.json')
  for (const id of JOBS) await expect(node(page, id)).toBeVisible()
}

const path = (edgeLocator: Locator) => edgeLocator.locator('path.vue-flow__edge-path')
const stroke = (edgeLocator: Locator) => path(edgeLocator).evaluate((el) => getComputedStyle(el).stroke)
const missingStub = (page: Page) => page.locator('.vue-flow__edge.missing')

/** Delete the `count` characters before the end of the first `text` in the JSON editor, with the keyboard. */
async function deleteInEditor(page: Page, text: string, count: number) {
  await placeCursorAfter(page, text)
  for (let i = 0; i < count; i++) await page.keyboard.press('Backspace')
}

test('a self-dependency loops on its own card, cycle edges are red, a missing job dangles; typing the fix clears them', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await openBad(page)

  // The loop is drawn around its own card, not across the canvas nor over another card.
  const loopEdge = edge(page, 'loop', 'loop')
  await expect(loopEdge).toHaveAttribute('aria-label', 'loop depends on itself (cycle)')
  const loopBox = (await path(loopEdge).boundingBox())!
  const card = (await node(page, 'loop').boundingBox())!
  const margin = 40
  expect(loopBox.x).toBeGreaterThanOrEqual(card.x - margin)
  expect(loopBox.y).toBeGreaterThanOrEqual(card.y - margin)
  expect(loopBox.x + loopBox.width).toBeLessThanOrEqual(card.x + card.width + margin)
  expect(loopBox.y + loopBox.height).toBeLessThanOrEqual(card.y + card.height + margin)
  for (const other of JOBS.filter((id) => id !== 'loop')) {
    const box = (await node(page, other).boundingBox())!
    const overlaps =
      loopBox.x < box.x + box.width &&
      box.x < loopBox.x + loopBox.width &&
      loopBox.y < box.y + box.height &&
      box.y < loopBox.y + loopBox.height
    expect(overlaps, `the loop crosses ${other}`).toBe(false)
  }

  // The cycle's edges are in the error colour and say so; an ordinary edge is not.
  const plain = await stroke(edge(page, 'root', 'after'))
  for (const [from, to] of [
    ['c', 'a'],
    ['a', 'b'],
    ['b', 'c'],
  ] as const) {
    await expect(edge(page, from, to)).toHaveClass(/cycle/)
    await expect(edge(page, from, to)).toHaveAttribute('aria-label', `${to} depends on ${from} (cycle)`)
    expect(await stroke(edge(page, from, to))).not.toBe(plain)
  }
  expect(await stroke(loopEdge)).toBe(await stroke(edge(page, 'a', 'b')))
  await expect(edge(page, 'root', 'after')).not.toHaveClass(/cycle/)
  // Each ends in an arrowhead of its own colour.
  expect(await arrowheadFill(edge(page, 'c', 'a'))).toBe(await stroke(edge(page, 'c', 'a')))
  expect(await arrowheadFill(edge(page, 'root', 'after'))).toBe(plain)

  // The missing job: a stub into the card from a marker that names it; clicking it selects the job.
  await expect(missingStub(page)).toHaveCount(1)
  expect(await arrowheadFill(missingStub(page))).toBe(await stroke(edge(page, 'c', 'a')))
  await expect(missingStub(page)).toHaveAttribute(
    'aria-label',
    'lonely depends on ghost, which does not exist',
  )
  const marker = page.getByTestId('canvas').getByText('missing: ghost')
  await expect(marker).toBeVisible()
  const stubBox = (await path(missingStub(page)).boundingBox())!
  const lonely = (await node(page, 'lonely').boundingBox())!
  const markerBox = (await marker.boundingBox())!
  expect(Math.abs(stubBox.x + stubBox.width - lonely.x)).toBeLessThan(8) // ends at the card's left side
  expect(stubBox.y + stubBox.height).toBeGreaterThan(lonely.y) // at the handle, half way down
  expect(stubBox.y + stubBox.height).toBeLessThan(lonely.y + lonely.height)
  expect(markerBox.y + markerBox.height).toBeLessThanOrEqual(lonely.y) // the marker: just above the card
  expect(markerBox.y).toBeGreaterThan(lonely.y - 40)
  await page.screenshot({ path: `${SHOTS}/bad-dependencies-light.png` })
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.screenshot({ path: `${SHOTS}/bad-dependencies-dark.png` })
  await page.getByTestId('theme-toggle').click()

  await marker.click()
  await expect(node(page, 'lonely')).toHaveClass(/selected/)
  await expect(page.getByTestId('inspector')).toContainText('lonely')

  // Fixed by typing in the JSON: each drawing of an error goes with its cause.
  await deleteInEditor(page, '"dependencies": ["ghost"', 7)
  await expect(missingStub(page)).toHaveCount(0)
  await expect(page.getByTestId('canvas').getByText('missing: ghost')).toHaveCount(0)
  await deleteInEditor(page, '"dependencies": ["loop"', 6)
  await expect(edge(page, 'loop', 'loop')).toHaveCount(0)
  await deleteInEditor(page, '"dependencies": ["c"', 3)
  await expect(edge(page, 'c', 'a')).toHaveCount(0)
  await expect(edge(page, 'a', 'b')).not.toHaveClass(/cycle/)
  await expect(edge(page, 'a', 'b')).toHaveAttribute('aria-label', 'b depends on a')
  expect(await stroke(edge(page, 'a', 'b'))).toBe(plain)
  expect(errors).toEqual([])
})

test('zoomed far out, the sketch keeps cycles and missing jobs in the error colour', async ({ page }) => {
  const errors = collectErrors(page)
  await openBad(page)
  const canvas = page.getByTestId('canvas')
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const sketch = page.getByTestId('edge-sketch')
  for (let i = 0; i < 30 && (await sketch.count()) === 0; i++) await page.mouse.wheel(0, 400)
  await expect(sketch).toBeVisible()
  const errorLines = page.getByTestId('edge-sketch-error')
  // Three cycle edges, the loop and the stub: five sub-paths, in a colour other than the plain lines'.
  await expect.poll(() => errorLines.evaluate((el) => el.getAttribute('d')!.match(/M/g)?.length ?? 0)).toBe(5)
  const colours = await page.evaluate(() => ({
    error: getComputedStyle(document.querySelector('[data-testid="edge-sketch-error"]')!).stroke,
    plain: getComputedStyle(document.querySelector('.edge-sketch-line')!).stroke,
  }))
  expect(colours.error).not.toBe(colours.plain)
  await page.screenshot({ path: `${SHOTS}/bad-dependencies-sketch.png` })
  expect(errors).toEqual([])
})

test('top to bottom, the loop runs beside its own card and the missing stub comes from above', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await openBad(page)
  await page.getByTestId('direction-tb').click()
  const loopEdge = path(edge(page, 'loop', 'loop'))
  const card = node(page, 'loop')
  // After the re-layout: the loop leaves the bottom handle and enters the top one, beside the card.
  await expect
    .poll(async () => {
      const [loop, box] = [(await loopEdge.boundingBox())!, (await card.boundingBox())!]
      return (
        // (the arrowhead into the top handle reaches a little left of the card's middle)
        loop.x >= box.x + box.width / 2 - 12 &&
        loop.x + loop.width > box.x + box.width &&
        loop.x + loop.width <= box.x + box.width + 40 &&
        loop.y >= box.y - 40 &&
        loop.y + loop.height <= box.y + box.height + 40
      )
    })
    .toBe(true)
  const stub = (await path(missingStub(page)).boundingBox())!
  const lonely = (await node(page, 'lonely').boundingBox())!
  expect(Math.abs(stub.y + stub.height - lonely.y)).toBeLessThan(8) // ends at the card's top side
  const marker = (await page.getByTestId('canvas').getByText('missing: ghost').boundingBox())!
  expect(marker.y + marker.height).toBeLessThanOrEqual(lonely.y)
  expect(marker.x + marker.width).toBeLessThanOrEqual(lonely.x + lonely.width / 2)
  await page.screenshot({ path: `${SHOTS}/bad-dependencies-tb.png` })
  expect(errors).toEqual([])
})

test('a cycle’s edge that runs back goes around the cards between, in the error colour, labelled', async ({
  page,
}) => {
  const errors = collectErrors(page)
  // p1 … p5 in a chain, and p1 depends on p5: one of the cycle's edges must run against the flow.
  const chain = ['p1', 'p2', 'p3', 'p4', 'p5']
  const config = JSON.stringify({
    working_dir: '/tmp/loop',
    jobs: chain.map((id, i) => ({ id, command: `echo ${id}`, dependencies: [chain[(i + 4) % 5]] })),
  })
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/')
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'loop.json', mimeType: 'application/json', buffer: Buffer.from(config) })
  for (const id of chain) await expect(node(page, id)).toBeVisible()
  await page.keyboard.press('Shift+F')
  // The edge whose dependency is drawn after its dependent (from the cards' places on screen).
  await expect.poll(() => page.locator('.vue-flow__edge.cycle').count()).toBe(5)
  const boxes = Object.fromEntries(
    await Promise.all(chain.map(async (id) => [id, (await node(page, id).boundingBox())!] as const)),
  )
  const links = chain.map((id, i) => ({ from: chain[(i + 4) % 5]!, to: id }))
  const back = links.filter((l) => boxes[l.to]!.x < boxes[l.from]!.x)
  expect(back.length).toBeGreaterThan(0)
  for (const { from, to } of back) {
    const line = path(edge(page, from, to))
    // In the error colour, as the cycle's other edges.
    const ahead = links.find((l) => !back.includes(l))!
    expect(await stroke(edge(page, from, to))).toBe(await stroke(edge(page, ahead.from, ahead.to)))
    // Points every few pixels along the drawn path, on screen: none inside a card, its own two included.
    const points = await line.evaluate((el: SVGPathElement) => {
      const m = el.getScreenCTM()!
      const length = el.getTotalLength()
      const out: { x: number; y: number }[] = []
      for (let at = 2; at < length - 2; at += 4) {
        const p = el.getPointAtLength(at).matrixTransform(m)
        out.push({ x: p.x, y: p.y })
      }
      return out
    })
    expect(points.length).toBeGreaterThan(50)
    for (const id of chain) {
      const b = boxes[id]!
      const inside = points.filter(
        (p) => p.x > b.x + 2 && p.x < b.x + b.width - 2 && p.y > b.y + 2 && p.y < b.y + b.height - 2,
      )
      expect(inside, `${from} → ${to} passes through ${id}`).toEqual([])
    }
    await expect(edge(page, from, to).locator('text.cycle-edge-label')).toHaveText('cycle')
  }
  await page.screenshot({ path: `${SHOTS}/cycle-back-edge-light.png` })
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.screenshot({ path: `${SHOTS}/cycle-back-edge-dark.png` })
  expect(errors).toEqual([])
})
