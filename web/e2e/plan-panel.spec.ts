import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { ensureOnCanvas, openConfig, placeCursorAfter } from './code-helpers'
import { collectErrors, edge, node, SHOTS } from './support/studio'

// The Plan tab of the bottom dock and the plan overlay on the canvas, on the README's examples.
const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')
const ETL = ['extract_orders', 'extract_customers', 'clean_data', 'load_warehouse', 'sales_report']
const FANOUT = [
  'prepare',
  'report_emea',
  'report_americas',
  'report_apac',
  'report_africa',
  'merge_reports',
  'publish',
]

let errors: string[]
test.beforeEach(({ page }) => {
  errors = collectErrors(page)
})
test.afterEach(() => expect(errors).toEqual([]))

const panel = (page: Page) => page.getByTestId('plan-panel')
const rows = (page: Page) => panel(page).getByTestId('plan-row')

async function openExample(page: Page, name: string, ids: string[]) {
  await page.goto('/')
  await openConfig(page, name, example(name))
  await ensureOnCanvas(page, ids)
}

test('the ETL example: run order, waves, critical path; a row selects its job', async ({ page }) => {
  await openExample(page, 'etl_pipeline.json', ETL)
  await page.getByTestId('toggle-plan').click()
  await expect(panel(page)).toBeVisible()
  await expect(page.getByTestId('dock-tab-plan')).toHaveAttribute('aria-selected', 'true')
  await expect(panel(page).getByTestId('plan-mode')).toContainText('Sequential')
  await expect(panel(page).getByTestId('plan-critical')).toContainText('≤ 3 h 23 min')
  await expect(panel(page).getByTestId('plan-totals')).toContainText('≤ 3 h 44 min one after the other')
  await expect(rows(page)).toHaveText(ETL.map((id, i) => new RegExp(`^${i + 1}${id}wave ${i + 1}`)))

  await panel(page).getByTestId('plan-section-waves').click()
  await expect(panel(page).getByTestId('plan-heading')).toHaveCount(5)
  await expect(panel(page).getByTestId('plan-heading').first()).toContainText('Wave 1')

  await panel(page).getByTestId('plan-section-critical').click()
  await expect(rows(page)).toHaveText([/extract_orders/, /clean_data/, /load_warehouse/, /sales_report/])

  await rows(page).filter({ hasText: 'load_warehouse' }).click()
  await expect(node(page, 'load_warehouse')).toHaveClass(/selected/)
  await expect(page.getByTestId('inspector-subject')).toContainText('load_warehouse')
  const settings = panel(page).getByTestId('plan-job-settings')
  await expect(settings.getByTestId('plan-setting-max_retries')).toHaveText(/^max_retries\s*3\s*job$/)
  await expect(settings.getByTestId('plan-setting-timeout')).toHaveText(/^timeout\s*1800\s*default_timeout$/)
  await expect(settings.getByTestId('plan-setting-retry_backoff')).toHaveText(
    /^retry_backoff\s*1\.5\s*engine default$/,
  )

  await expect(settings.getByTestId('plan-job-env').getByRole('row', { name: 'RAW_DIR' })).toHaveText(
    /^RAW_DIR\s*\/tmp\/etl\/raw\s*application$/,
  )

  // The dock remembers its tab: Problems and back, and across a reload.
  await page.getByTestId('dock-tab-problems').click()
  await expect(page.getByTestId('problems-panel')).toBeVisible()
  await page.getByTestId('dock-tab-plan').click()
  await expect(panel(page)).toBeVisible()
  await page.reload()
  await openConfig(page, 'etl_pipeline.json', example('etl_pipeline.json'))
  await expect(page.getByTestId('dock-tab-plan')).toHaveAttribute('aria-selected', 'true')
  await expect(rows(page)).toHaveCount(5)
  await page.keyboard.press('Alt+p')
  await expect(panel(page)).toHaveCount(0)
})

test('the plan overlay numbers the waves and highlights the critical path', async ({ page }) => {
  await openExample(page, 'parallel_fanout.json', FANOUT)
  await expect(node(page, 'prepare').getByTestId('node-wave')).toHaveCount(0)
  const toggle = page.getByTestId('canvas-plan-toggle')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  await expect(node(page, 'prepare').getByTestId('node-wave')).toHaveText('W1')
  await expect(node(page, 'report_apac').getByTestId('node-wave')).toHaveText('W2')
  await expect(node(page, 'publish').getByTestId('node-wave')).toHaveText('W4')
  for (const [from, to] of [
    ['prepare', 'report_emea'],
    ['report_emea', 'merge_reports'],
    ['merge_reports', 'publish'],
  ])
    await expect(edge(page, from, to)).toHaveClass(/\bcritical\b/)
  await expect(edge(page, 'prepare', 'report_apac')).not.toHaveClass(/\bcritical\b/)
  await expect(page.getByTestId('node-prepare')).toHaveAttribute('data-critical', 'true')
  await expect(page.getByTestId('node-report_apac')).not.toHaveAttribute('data-critical')
  const width = await edge(page, 'prepare', 'report_emea')
    .locator('path.vue-flow__edge-path')
    .evaluate((el) => getComputedStyle(el).strokeWidth)
  expect(width).toBe('3px')

  // Zoomed far out, the critical path stands out in the edge sketch too.
  for (let i = 0; i < 8; i++) await page.locator('.vue-flow__controls-zoomout').click()
  await expect(page.getByTestId('node-tiny').first()).toBeVisible()
  const critical = page.getByTestId('edge-sketch-critical')
  await expect.poll(async () => (await critical.getAttribute('d'))?.match(/M/g)?.length).toBe(3)
  await page.locator('.vue-flow__controls-fitview').click()

  // The same toggle in the Plan panel, and off again.
  await page.getByTestId('toggle-plan').click()
  await expect(panel(page).getByTestId('plan-overlay-toggle')).toHaveAttribute('aria-pressed', 'true')
  await panel(page).getByTestId('plan-overlay-toggle').click()
  await expect(page.getByTestId('node-wave')).toHaveCount(0)
  await expect(edge(page, 'prepare', 'report_emea')).not.toHaveClass(/\bcritical\b/)
})

test('the plan follows an edit in the JSON: a new dependency adds a wave', async ({ page }) => {
  await openExample(page, 'parallel_fanout.json', FANOUT)
  await page.getByTestId('canvas-plan-toggle').click()
  await page.getByTestId('toggle-plan').click()
  await panel(page).getByTestId('plan-section-waves').click()
  await expect(panel(page).getByTestId('plan-heading')).toHaveCount(4)
  await expect(node(page, 'report_americas').getByTestId('node-wave')).toHaveText('W2')

  // Type `"report_emea", ` in report_americas's dependencies, as a person would.
  await placeCursorAfter(page, 'americas > /tmp/fanout/americas.txt",')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await page.keyboard.type('"report_emea",')
  await expect(panel(page).getByTestId('plan-heading')).toHaveCount(5)
  await expect(panel(page).getByTestId('plan-heading').nth(1)).toContainText('3 jobs')
  await expect(node(page, 'report_americas').getByTestId('node-wave')).toHaveText('W3')
  await expect(edge(page, 'report_emea', 'report_americas')).toHaveClass(/\bcritical\b/)
  await expect(panel(page).getByTestId('plan-critical')).toContainText('through 5 jobs')
})

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the plan panel and overlay (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openExample(page, 'parallel_fanout.json', FANOUT)
    await page.getByTestId('canvas-plan-toggle').click()
    await page.getByTestId('toggle-plan').click()
    await rows(page).filter({ hasText: 'report_emea' }).click()
    await expect(page.getByTestId('inspector-subject')).toContainText('report_emea')
    await page.locator('.vue-flow__controls-fitview').click()
    await expect(node(page, 'publish').getByTestId('node-wave')).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/plan-panel-${theme}.png` })
  })
}
