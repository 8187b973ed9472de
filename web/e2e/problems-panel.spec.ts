import { expect, test } from '@playwright/test'
import { cursorOf, ensureOnCanvas, openConfig, SHOTS, storeText } from './code-helpers'

// One error with a quick fix (a dependency on a job that does not exist) and one warning
// (`parallel: "no"` turns parallel mode ON in the engine).
const CONFIG = `{
  "application_name": "problems_demo",
  "working_dir": "/tmp/demo",
  "parallel": "no",
  "jobs": [
    {
      "id": "extract",
      "command": "echo extract"
    },
    {
      "id": "load",
      "command": "echo load",
      "dependencies": ["extract", "ghost"]
    }
  ]
}
`

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.location().url.includes('/api/')) errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto('/')
  await openConfig(page, 'problems.json', CONFIG)
  await ensureOnCanvas(page, ['extract', 'load'])
})
test.afterEach(() => expect(errors).toEqual([]))

const status = (page: import('@playwright/test').Page) =>
  page.getByTestId('status-bar').getByTestId('problems-status')

test('the status bar counts problems and toggles the problems panel', async ({ page }) => {
  await expect(status(page).getByTestId('problems-count-error')).toHaveText('1')
  await expect(status(page).getByTestId('problems-count-warning')).toHaveText('1')
  const info = status(page).getByTestId('problems-count-info')
  const infos = (await info.count()) ? Number(await info.textContent()) : 0
  await status(page).click()
  const panel = page.getByTestId('problems-panel')
  await expect(panel).toBeVisible()
  await expect(panel.getByTestId('problem-row')).toHaveCount(2 + infos)
  await expect(panel.locator('[data-code="flag-not-boolean"]')).toContainText('"parallel" is "no"')
  await page.screenshot({ path: `${SHOTS}/problems-panel.png` })
  await status(page).click()
  await expect(panel).toHaveCount(0)
})

test('the list filters by severity and groups by job', async ({ page }) => {
  await status(page).click()
  const panel = page.getByTestId('problems-panel')
  await panel.getByTestId('problems-filter-warning').click()
  await panel.getByTestId('problems-filter-info').click()
  await expect(panel.getByTestId('problem-row')).toHaveCount(1)
  await expect(panel.getByTestId('problem-row')).toHaveAttribute('data-code', 'dependency-unknown')
  await panel.getByTestId('problems-filter-warning').click()
  await expect(panel.locator('[data-code="flag-not-boolean"]')).toBeVisible()
  await panel.getByTestId('problems-group-by').selectOption('job')
  await expect(panel.getByRole('region', { name: 'Application' })).toContainText('parallel')
  await expect(panel.getByRole('region', { name: 'load' })).toContainText('ghost')
})

test('clicking a problem selects its node and puts the JSON cursor on its line', async ({ page }) => {
  await status(page).click()
  const row = page.getByTestId('problems-panel').locator('[data-code="dependency-unknown"]')
  await expect(row.getByTestId('problem-location')).toHaveText('load · dependencies/1 · Ln 13')
  await row.click()
  await expect(page.locator('.vue-flow__node[data-id="load"]')).toHaveClass(/selected/)
  await expect.poll(() => cursorOf(page)).toEqual({ line: 13, column: 35 })
  await expect(page.locator('.cm-revealFlash')).toHaveText('"ghost"')
})

test('a quick fix in the panel fixes the file in one undoable step', async ({ page }) => {
  await status(page).click()
  const row = page
    .getByTestId('problems-panel')
    .locator('li', { has: page.locator('[data-code="dependency-unknown"]') })
  await row.getByTestId('problem-fix').click()
  await expect(status(page).getByTestId('problems-count-error')).toHaveText('0')
  expect(JSON.parse(await storeText(page)).jobs[1].dependencies).toEqual(['extract'])
  await page.getByTestId('undo').click()
  expect(await storeText(page)).toBe(CONFIG)
})

test('a JSON syntax error is listed with its line and a click puts the cursor there', async ({ page }) => {
  await openConfig(
    page,
    'broken.json',
    '{\n  "working_dir": "/tmp",\n  "jobs": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}\n',
  )
  await status(page).click()
  const row = page.getByTestId('problems-panel').locator('[data-code="json-syntax"]').first()
  await expect(row.getByTestId('problem-location')).toContainText('Ln 5')
  await row.click()
  await expect.poll(async () => (await cursorOf(page)).line).toBe(5)
  await page.screenshot({ path: `${SHOTS}/problems-syntax.png` })
})
