import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { ensureOnCanvas, openConfig } from './code-helpers'
import { collectErrors, edge, node, SHOTS } from './support/studio'

/**
 * Run states on the cards. A run reaches the canvas through the overlay store (the runs feature
 * writes it from a live or history run; its own browser tests drive a real run). Here the store is
 * set the way editThroughStore (code-helpers.ts) reaches the document store: through the mounted
 * app's Pinia, test-only; everything asserted is what the canvas draws.
 */
const FANOUT = [
  'prepare',
  'report_emea',
  'report_americas',
  'report_apac',
  'report_africa',
  'merge_reports',
  'publish',
]
const example = readFileSync(new URL('../../examples/parallel_fanout.json', import.meta.url), 'utf8')

type Decor = { state: string; detail?: string; startedAt?: number }
async function showRun(page: Page, label: string, jobs: [string, Decor][] | null) {
  await page.evaluate(
    ([label, jobs]) => {
      type Store = { setRun(run: unknown): void }
      type Mounted = { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }
      const app = (document.querySelector('#app') as unknown as Mounted).__vue_app__
      const store = app.config.globalProperties.$pinia._s.get('canvasOverlay')!
      // Elapsed times count from now: the card shows "Running · 1:05" and ticks on.
      const now = Date.now()
      const withClock = jobs?.map(([id, d]) => [
        id,
        d.startedAt === undefined ? d : { ...d, startedAt: now - d.startedAt },
      ])
      store.setRun(withClock ? { label, jobs: new Map(withClock as [string, Decor][]) } : null)
    },
    [label, jobs] as const,
  )
}

const RUN: [string, Decor][] = [
  ['prepare', { state: 'succeeded', detail: '1.2 s' }],
  ['report_emea', { state: 'running', startedAt: 65_000 }],
  ['report_americas', { state: 'retrying', detail: 'retry 1/2' }],
  ['report_apac', { state: 'failed', detail: 'exit 1' }],
  ['report_africa', { state: 'timed_out' }],
  ['merge_reports', { state: 'queued' }],
]

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = collectErrors(page)
  await page.goto('/')
  await openConfig(page, 'parallel_fanout.json', example)
  await ensureOnCanvas(page, FANOUT)
})
test.afterEach(() => expect(errors).toEqual([]))

const state = (page: Page, id: string) => node(page, id).getByTestId('node-run-state')

test('each card shows its state in colour and words; the running time ticks', async ({ page }) => {
  await showRun(page, 'Run 12 — live', RUN)
  await expect(page.getByTestId('run-overlay-label')).toContainText('Run 12 — live')
  await expect(page.getByTestId('run-count-failed')).toHaveText('1')
  await expect(page.getByTestId('run-count-running')).toHaveAttribute('title', 'Running: 1')
  await expect(state(page, 'prepare')).toHaveText('Succeeded · 1.2 s')
  await expect(state(page, 'report_americas')).toHaveText('Retrying · retry 1/2')
  await expect(state(page, 'report_apac')).toHaveText('Failed · exit 1')
  await expect(state(page, 'report_africa')).toHaveText('Timed out')
  await expect(state(page, 'merge_reports')).toHaveText('Queued')
  await expect(page.getByTestId('node-report_apac')).toHaveAttribute('data-run-state', 'failed')
  await expect(page.getByTestId('node-report_apac')).toHaveAttribute('aria-label', 'Job report_apac, failed')

  // One clock for every running card: the elapsed time moves on by itself.
  const running = state(page, 'report_emea')
  // Started 65 s ago: at least 1:05, however long this busy machine took to get here.
  await expect(running).toHaveText(/^Running · \d+:\d\d$/)
  const first = (await running.textContent())!
  const [minutes, seconds] = first.replace('Running · ', '').split(':').map(Number)
  expect(minutes! * 60 + seconds!).toBeGreaterThanOrEqual(65)
  await expect.poll(() => running.textContent()).not.toBe(first)

  // A job without a state in the run is dimmed; a failed card has a red border.
  const opacity = (id: string) =>
    page.getByTestId(`node-${id}`).evaluate((el) => Number(getComputedStyle(el).opacity))
  await expect.poll(() => opacity('publish')).toBeLessThan(0.7)
  expect(await opacity('prepare')).toBe(1)
  const border = await page.getByTestId('node-report_apac').evaluate((el) => getComputedStyle(el).borderColor)
  expect(border).toMatch(/^(rgb|oklch|lab)\(/)
  expect(border).not.toBe(
    await page.getByTestId('node-prepare').evaluate((el) => getComputedStyle(el).borderColor),
  )

  // Only the edges into the running job move.
  await expect(edge(page, 'prepare', 'report_emea')).toHaveClass(/\banimated\b/)
  await expect(edge(page, 'prepare', 'report_apac')).not.toHaveClass(/\banimated\b/)
  await expect(edge(page, 'report_emea', 'merge_reports')).not.toHaveClass(/\banimated\b/)
  await page.getByTestId('canvas').screenshot({ path: `${SHOTS}/run-overlay-light.png` })

  // The run finishes: the edge stops moving.
  await showRun(page, 'Run 12 — live', [
    ...RUN.slice(0, 1),
    ['report_emea', { state: 'succeeded' }],
    ...RUN.slice(2),
  ])
  await expect(state(page, 'report_emea')).toHaveText('Succeeded')
  await expect(edge(page, 'prepare', 'report_emea')).not.toHaveClass(/\banimated\b/)
})

test('closing the run label clears the states from the canvas', async ({ page }) => {
  await showRun(page, 'History run 7', RUN)
  await expect(state(page, 'report_apac')).toBeVisible()
  await page.getByTestId('run-overlay-close').click()
  await expect(page.getByTestId('run-overlay-label')).toHaveCount(0)
  await expect(page.getByTestId('node-run-state')).toHaveCount(0)
  await expect(page.locator('[data-run-state]')).toHaveCount(0)
})

test('zoomed far out, a card is coloured by its state', async ({ page }) => {
  await page.getByTestId('toggle-json').click()
  await showRun(page, 'Run 12 — live', RUN)
  const canvas = page.getByTestId('canvas')
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  // Zoom out step by step, as far as the cards turn into coloured tiles.
  const tiles = page.getByTestId('node-tiny')
  for (let i = 0; i < 12 && (await tiles.count()) === 0; i++) {
    await page.mouse.wheel(0, 120)
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))))
  }
  await expect(tiles.first()).toBeVisible()
  const background = (id: string) =>
    page.getByTestId(`node-${id}`).evaluate((el) => getComputedStyle(el).backgroundColor)
  const [ok, failed, none] = [
    await background('prepare'),
    await background('report_apac'),
    await background('publish'),
  ]
  expect(new Set([ok, failed, none]).size).toBe(3)
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await canvas.screenshot({ path: `${SHOTS}/run-overlay-tiny-dark.png` })
})

test('dark theme screenshot of a run in progress with the plan overlay', async ({ page }) => {
  await page.getByTestId('toggle-json').click()
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.getByTestId('canvas-plan-toggle').click()
  await showRun(page, 'Run 12 — live', RUN)
  await page.locator('.vue-flow__controls-fitview').click()
  await expect(state(page, 'report_emea')).toBeVisible()
  await page.getByTestId('canvas').screenshot({ path: `${SHOTS}/run-overlay-dark.png` })
})
