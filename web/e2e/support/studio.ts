/** Shared helpers for the browser tests: open files as a user would, read the document text. */
import { expect, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8')

declare global {
  interface Window {
    __studio?: {
      text(): string
      fileName(): string | null
      dirty(): boolean
      positions(): Record<string, { x: number; y: number }>
    }
  }
}

/** The document text, read through the app's read-only test hook. */
export async function docText(page: Page): Promise<string> {
  return page.evaluate(() => window.__studio!.text())
}
export async function docJson(
  page: Page,
): Promise<Record<string, unknown> & { jobs: Record<string, unknown>[] }> {
  return JSON.parse(await docText(page))
}
export async function positions(page: Page) {
  return page.evaluate(() => window.__studio!.positions())
}

/** Console errors and uncaught exceptions; a test ends with `expect(errors).toEqual([])`. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    // Served statically (no server), the app's probe of the workspace API fails by design.
    if (msg.type() === 'error' && !msg.location().url.includes('/api/')) errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  return errors
}

/** Open a fixture through the file input, as the Open button does where no native picker exists. */
export async function openFixture(page: Page, name: string) {
  await page.getByTestId('open-file-input').setInputFiles(fixturePath(name))
  await expect(page.getByTestId('file-name')).toContainText(name)
}

/** Open a fixture and wait until every job is on the canvas. */
export async function openAndPlace(page: Page, name: string, jobIds: string[]) {
  await openFixture(page, name)
  for (const id of jobIds) await expect(page.getByTestId(`node-${id}`)).toBeVisible()
}

export const node = (page: Page, id: string) => page.locator(`.vue-flow__node[data-id="${id}"]`)
export const edge = (page: Page, from: string, to: string) =>
  page.locator(`.vue-flow__edge[data-id="${from}\u2192${to}"]`)

/**
 * A point on the empty pane inside `area` (page coordinates), searched row by row from the top, each
 * row from the right: where a press drags the view, not a card, an edge or a panel.
 */
function emptyPanePoint(page: Page, area: { x: number; y: number; width: number; height: number }) {
  return page.evaluate(({ x, y, width, height }) => {
    for (let py = y; py < y + height; py += 17)
      for (let px = x + width; px > x; px -= 23) {
        const hit = document.elementFromPoint(px, py)
        if (
          hit?.closest('.vue-flow__pane') &&
          !hit.closest('.vue-flow__node, .vue-flow__edge, .vue-flow__panel')
        )
          return { x: px, y: py }
      }
    return null
  }, area)
}

/**
 * Drag the view by (dx, dy) with the real mouse, pressing on the empty pane inside `area`
 * (emptyPanePoint) so that no card, edge or panel takes the press.
 */
export async function dragEmptyPane(
  page: Page,
  area: { x: number; y: number; width: number; height: number },
  delta: { dx: number; dy: number; steps: number },
) {
  const start = await emptyPanePoint(page, area)
  expect(start, 'an empty spot of the pane to press on').not.toBeNull()
  await page.mouse.move(start!.x, start!.y)
  await page.mouse.down()
  await page.mouse.move(start!.x + delta.dx, start!.y + delta.dy, { steps: delta.steps })
  await page.mouse.up()
}

/** The fill of the arrowhead an edge's path ends in (its marker-end), as drawn. */
export const arrowheadFill = (edgeLocator: Locator) =>
  edgeLocator.locator('path.vue-flow__edge-path').evaluate((el) => {
    const id = /#([^'")]+)/.exec(el.getAttribute('marker-end') ?? '')?.[1]
    const arrow = id ? document.getElementById(id)?.querySelector('polyline') : null
    return arrow ? getComputedStyle(arrow).fill : null
  })

/** Drag from one node's source handle to another node's target handle with the real mouse. */
export async function linkNodes(page: Page, from: string, to: string) {
  const source = node(page, from).locator('.vue-flow__handle.source')
  const target = node(page, to).locator('.vue-flow__handle.target')
  const a = (await source.boundingBox())!
  const b = (await target.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 })
  await page.mouse.up()
}

export const SHOTS = '/tmp/shots'

/** The middle of an edge's path on screen (smooth-step edges do not pass through their bounding box centre). */
export async function edgeMiddle(page: Page, from: string, to: string) {
  return edge(page, from, to)
    .locator('path.vue-flow__edge-path')
    .evaluate((el) => {
      const path = el as SVGPathElement
      const p = path.getPointAtLength(path.getTotalLength() / 2)
      const m = path.getScreenCTM()!
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f }
    })
}

/** Click the middle of an edge's path, holding `modifier` if given. */
export async function clickEdge(page: Page, from: string, to: string, modifier?: 'Shift' | 'Control') {
  const point = await edgeMiddle(page, from, to)
  if (modifier) await page.keyboard.down(modifier)
  await page.mouse.click(point.x, point.y)
  if (modifier) await page.keyboard.up(modifier)
}

/** Dispatch a file drop on the window, as the OS does when a file is dragged onto the page. */
export async function dropFile(page: Page, name: string, content: string) {
  await page.evaluate(
    ({ name, content }) => {
      const data = new DataTransfer()
      data.items.add(new File([content], name, { type: 'application/json' }))
      const target = document.querySelector('[data-testid="app-shell"]')!
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
    },
    { name, content },
  )
}

/**
 * Resolves once what is on screen has settled, for a screenshot: the page has painted a frame since,
 * every finite CSS transition or animation has ended (endless ones, like a running edge, are left
 * out), and the canvas view, when there is one, has stayed put for `frames` frames in a row (the
 * view moves by script, not CSS). A positive signal, not a guess at how long things take.
 */
export async function settled(page: Page, frames = 6) {
  await page.waitForFunction(
    (needed) => {
      const w = window as unknown as { __settle?: { transform: string; still: number } }
      const pane = document.querySelector('.vue-flow__transformationpane')
      const transform = pane ? getComputedStyle(pane).transform : ''
      const s = (w.__settle ??= { transform, still: -1 })
      s.still = s.transform === transform ? s.still + 1 : 0
      s.transform = transform
      const moving = document
        .getAnimations()
        .some(
          (a) =>
            a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity),
        )
      if (moving) s.still = 0
      const done = s.still >= needed
      if (done) delete w.__settle
      return done
    },
    frames,
    { polling: 'raf' },
  )
}
