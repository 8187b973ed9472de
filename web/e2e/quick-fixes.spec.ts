import { expect, test, type Page } from '@playwright/test'
import {
  editThroughStore,
  ensureOnCanvas,
  openConfig,
  placeCursorAfter,
  SHOTS,
  storeText,
} from './code-helpers'
import { edge } from './support/studio'

// Ten problems whose messages name their fix, one per line, and one note without a fix.
const MESSY = `{
  "application_name": "messy",
  "working_dir": "/tmp/messy",
  "parallel": "no",
  "max_workers": "4",
  "jobs": [
    { "id": "extract", "command": "echo extract", "timeout": "600" },
    { "id": "transform", "command": "echo transform", "dependecies": ["extract"] },
    { "id": "load", "command": "echo load", "dependencies": ["transform", "load"] },
    { "id": "report", "command": "echo report", "dependencies": ["lod"] },
    { "id": "notify", "command": "echo notify", "dependencies": "report, load" },
    { "id": "cleanup", "command": "echo cleanup", "max_retries": -1 },
    { "id": "archive", "command": "echo archive", "_timeout": 60 },
    { "id": "publish", "command": "echo publish", "timeout": true }
  ]
}
`
const IDS = ['extract', 'transform', 'load', 'report', 'notify', 'cleanup', 'archive', 'publish']

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.location().url.includes('/api/')) errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto('/')
})
test.afterEach(() => expect(errors).toEqual([]))

const panel = (page: Page) => page.getByTestId('problems-panel')
const status = (page: Page) => page.getByTestId('status-bar').getByTestId('problems-status')
const rowsOf = (page: Page, code: string) =>
  panel(page).locator('li', { has: page.locator(`[data-code="${code}"]`) })

async function openPanel(page: Page) {
  await status(page).click()
  await expect(panel(page)).toBeVisible()
  // The panel took room from the canvas: an explicit Fit brings every job back in view.
  await page.locator('.vue-flow__controls-fitview').click()
}

/** Lines of the problems listed in the panel (its "Ln N"), one entry per line. */
async function problemLines(page: Page): Promise<number[]> {
  const locations = await panel(page).getByTestId('problem-location').allTextContents()
  return [...new Set(locations.map((l) => Number(/Ln (\d+)/.exec(l)![1])))].sort((a, b) => a - b)
}

/** Lines that carry a marker in the JSON pane's lint gutter. */
async function markedLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const numbers = Array.from(document.querySelectorAll('.cm-lineNumbers .cm-gutterElement'))
    const lineAt = (top: number) =>
      Number(numbers.find((n) => Math.abs(n.getBoundingClientRect().top - top) < 2)?.textContent)
    const markers = Array.from(document.querySelectorAll('.cm-gutter-lint .cm-gutterElement')).filter(
      (el) => el.querySelector('.cm-lint-marker') !== null,
    )
    return [...new Set(markers.map((m) => lineAt(m.getBoundingClientRect().top)))].sort((a, b) => a - b)
  })
}

/** The JSON pane marks exactly the lines of the current problems (no stale marker, none missing). */
async function expectMarkersMatchProblems(page: Page) {
  await expect
    .poll(async () => JSON.stringify(await markedLines(page)))
    .toBe(JSON.stringify(await problemLines(page)))
}

const errorMarks = (page: Page) => page.locator('.cm-gutter-lint .cm-lint-marker-error')

test('every fixable problem of a messy file is fixed from the Problems panel: the problem goes, the JSON changes only there, the canvas follows', async ({
  page,
}) => {
  await openConfig(page, 'messy.json', MESSY)
  await ensureOnCanvas(page, IDS)
  await openPanel(page)
  await expect(panel(page).getByTestId('problem-row')).toHaveCount(11)
  await expect(status(page).getByTestId('problems-count-error')).toHaveText('4')
  // One error marker per line with an error: max_workers, load, report, notify.
  await expect(errorMarks(page)).toHaveCount(4)
  await expectMarkersMatchProblems(page)
  await page.screenshot({ path: `${SHOTS}/quick-fixes-messy.png` })

  const steps: { code: string; fix: string; from: string; to: string; errorsLeft: number }[] = [
    {
      code: 'flag-not-boolean',
      fix: 'Replace with false',
      from: '"parallel": "no"',
      to: '"parallel": false',
      errorsLeft: 4,
    },
    {
      code: 'max-workers-type',
      fix: 'Write 4 as a number',
      from: '"max_workers": "4"',
      to: '"max_workers": 4',
      errorsLeft: 3,
    },
    {
      code: 'timeout-invalid',
      fix: 'Write 600 as a number',
      from: '"timeout": "600"',
      to: '"timeout": 600',
      errorsLeft: 3,
    },
    {
      code: 'unknown-key',
      fix: 'Rename to "dependencies"',
      from: '"dependecies"',
      to: '"dependencies"',
      errorsLeft: 3,
    },
    {
      code: 'dependency-cycle',
      fix: "Remove the dependency of 'load' on itself",
      from: '["transform", "load"]',
      to: '["transform"]',
      errorsLeft: 2,
    },
    {
      code: 'dependency-unknown',
      fix: "Rename the reference to 'load'",
      from: '["lod"]',
      to: '["load"]',
      errorsLeft: 1,
    },
    {
      code: 'dependencies-not-array',
      fix: 'Write it as a list: ["report","load"]',
      from: '"report, load"',
      to: '["report", "load"]',
      errorsLeft: 0,
    },
    {
      code: 'retries-negative',
      fix: 'Set "max_retries" to 0 (no retries)',
      from: '"max_retries": -1',
      to: '"max_retries": 0',
      errorsLeft: 0,
    },
    {
      code: 'disabled-key',
      fix: 'Enable "timeout" (remove the "_")',
      from: '"_timeout"',
      to: '"timeout"',
      errorsLeft: 0,
    },
    {
      code: 'timeout-true',
      fix: 'Set "timeout" to 1 (what the engine uses now)',
      from: '"timeout": true',
      to: '"timeout": 1',
      errorsLeft: 0,
    },
  ]
  for (const step of steps) {
    const before = await storeText(page)
    await rowsOf(page, step.code).getByRole('button', { name: step.fix, exact: true }).click()
    await expect(rowsOf(page, step.code), step.code).toHaveCount(0)
    // The whole text compared: only the fixed snippet changed.
    expect(await storeText(page), step.fix).toBe(before.replace(step.from, step.to))
    await expect(errorMarks(page), step.fix).toHaveCount(step.errorsLeft)
    await expectMarkersMatchProblems(page)
  }

  // The canvas drew the links the fixes made.
  await page.locator('.vue-flow__controls-fitview').click()
  for (const [from, to] of [
    ['extract', 'transform'],
    ['load', 'report'],
    ['report', 'notify'],
    ['load', 'notify'],
  ] as const)
    await expect(edge(page, from, to), `${from} → ${to}`).toHaveCount(1)
  // Parallel mode is off now, so its time-limit note went too: nothing is left.
  await expect(panel(page)).toContainText('No problems in this file.')
  await expect(page.locator('.cm-lintRange-error, .cm-lintRange-warning, .cm-lintRange-info')).toHaveCount(0)
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker')).toHaveCount(0)
})

test('the JSON markers follow the problems through a quick fix, undo, redo, typing and a form edit', async ({
  page,
}) => {
  await openConfig(page, 'messy.json', MESSY)
  await ensureOnCanvas(page, IDS)
  await openPanel(page)
  await expectMarkersMatchProblems(page)
  const squiggle = page.locator('.cm-lintRange-error', { hasText: '"load"' })
  await expect(squiggle).toHaveCount(1)

  await rowsOf(page, 'dependency-cycle').getByTestId('problem-fix').click()
  await expect(squiggle).toHaveCount(0)
  await expect(errorMarks(page)).toHaveCount(3)
  await expectMarkersMatchProblems(page)

  await page.getByTestId('undo').click()
  await expect(squiggle).toHaveCount(1)
  await expect(errorMarks(page)).toHaveCount(4)
  await expectMarkersMatchProblems(page)

  await page.getByTestId('redo').click()
  await expect(squiggle).toHaveCount(0)
  await expect(errorMarks(page)).toHaveCount(3)
  await expectMarkersMatchProblems(page)

  // Typing elsewhere: the fixed problem's marker does not come back, the others stay.
  await placeCursorAfter(page, '"echo cleanup"')
  await page.keyboard.type(', "description": "tidy"')
  await expect.poll(async () => JSON.parse(await storeText(page)).jobs[5].description).toBe('tidy')
  await expect(errorMarks(page)).toHaveCount(3)
  await expectMarkersMatchProblems(page)

  // A form edit (through the document store, as the inspector does) that fixes a problem.
  await editThroughStore(page, '"max_workers": "4"', '"max_workers": 4')
  await expect(errorMarks(page)).toHaveCount(2)
  await expectMarkersMatchProblems(page)
})

test('fixing the only problem from the Problems panel leaves no marker in the JSON, also after typing', async ({
  page,
}) => {
  // Regression: the editor skipped "unchanged" diagnostics (none before typing, none after), so the
  // lint gutter kept the fixed problem's marker, whose tooltip offered a quick fix that did nothing.
  const config = `{
  "application_name": "single",
  "working_dir": "/tmp/single",
  "jobs": [
    { "id": "extract", "command": "echo extract" },
    { "id": "load", "command": "echo load", "dependencies": ["extract", "ghost"] }
  ]
}
`
  await openConfig(page, 'single.json', config)
  await ensureOnCanvas(page, ['extract', 'load'])
  await openPanel(page)
  await expect(errorMarks(page)).toHaveCount(1)
  await expectMarkersMatchProblems(page)
  await rowsOf(page, 'dependency-unknown').getByTestId('problem-fix').click()
  await expect(panel(page)).toContainText('No problems in this file.')
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0)
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker')).toHaveCount(0)
  await placeCursorAfter(page, '"echo load"')
  await page.keyboard.type(', "timeout": 60')
  await expect.poll(async () => JSON.parse(await storeText(page)).jobs[1].timeout).toBe(60)
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker')).toHaveCount(0)
  await expectMarkersMatchProblems(page)
})

test('a dependency left dangling by renaming a job in the JSON offers "rename the reference", also in the editor tooltip', async ({
  page,
}) => {
  const config = `{
  "application_name": "rename",
  "working_dir": "/tmp/rename",
  "jobs": [
    { "id": "extract", "command": "echo extract" },
    { "id": "transform", "command": "echo transform", "dependencies": ["extract"] },
    { "id": "load", "command": "echo load", "dependencies": ["transform"] }
  ]
}
`
  await openConfig(page, 'rename.json', config)
  await ensureOnCanvas(page, ['extract', 'transform', 'load'])
  // Rename the job in the JSON, as a person does: erase the id and type the new one.
  await placeCursorAfter(page, '"id": "extract')
  for (let i = 0; i < 'extract'.length; i++) await page.keyboard.press('Backspace')
  await page.keyboard.type('fetch_raw')
  await expect.poll(async () => JSON.parse(await storeText(page)).jobs[0].id).toBe('fetch_raw')
  await expect(status(page).getByTestId('problems-count-error')).toHaveText('1')

  await openPanel(page)
  const row = rowsOf(page, 'dependency-unknown')
  await expect(row.getByTestId('problem-fix')).toHaveText([
    "Rename the reference to 'fetch_raw'",
    "Remove the dependency on 'extract'",
  ])
  await page.screenshot({ path: `${SHOTS}/quick-fixes-rename.png` })

  // The same two fixes in the editor's lint tooltip; its rename applies.
  const squiggle = page.locator('.cm-lintRange-error', { hasText: '"extract"' })
  await squiggle.hover()
  const actions = page.locator('.cm-tooltip-lint .cm-diagnosticAction')
  await expect(actions).toHaveText([
    "Rename the reference to 'fetch_raw'",
    "Remove the dependency on 'extract'",
  ])
  const before = await storeText(page)
  await actions.first().click()
  await expect(status(page).getByTestId('problems-count-error')).toHaveText('0')
  expect(await storeText(page)).toBe(
    before.replace('"dependencies": ["extract"]', '"dependencies": ["fetch_raw"]'),
  )
  await expect(squiggle).toHaveCount(0)
  await expect(errorMarks(page)).toHaveCount(0)
  await page.locator('.vue-flow__controls-fitview').click()
  await expect(edge(page, 'fetch_raw', 'transform')).toHaveCount(1)
})

test('quick-fix buttons look right in light and dark', async ({ page }) => {
  await openConfig(page, 'messy.json', MESSY)
  await ensureOnCanvas(page, IDS)
  await openPanel(page)
  const row = rowsOf(page, 'dependency-unknown')
  await expect(row.getByTestId('problem-fix')).toHaveCount(2)
  await panel(page).screenshot({ path: `${SHOTS}/quick-fixes-panel-light.png` })
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await panel(page).screenshot({ path: `${SHOTS}/quick-fixes-panel-dark.png` })
  await page.locator('.cm-lintRange-error', { hasText: '"lod"' }).hover()
  await expect(page.locator('.cm-tooltip-lint .cm-diagnosticAction')).toHaveCount(2)
  await page.screenshot({ path: `${SHOTS}/quick-fixes-tooltip-dark.png` })
})
