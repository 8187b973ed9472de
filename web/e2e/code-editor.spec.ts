import { expect, test, type Page } from '@playwright/test'
import {
  cursorOf,
  editThroughStore,
  ensureOnCanvas,
  openConfig,
  placeCursorAfter,
  SHOTS,
  storeText,
} from './code-helpers'

const CHAIN = `{
  "application_name": "chain_demo",
  "working_dir": "/tmp/chain",
  "jobs": [
    {
      "id": "extract",
      "description": "Pull the raw data",
      "command": "echo extract"
    },
    {
      "id": "transform",
      "description": "Clean it up",
      "command": "echo transform",
      "dependencies": ["extract"]
    },
    {
      "id": "load",
      "description": "Write it to the warehouse",
      "command": "echo load",
      "dependencies": ["transform"]
    }
  ]
}
`

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = []
  page.on('console', (msg) => {
    // Served statically here: the app's probe for the optional server fails, and that is expected.
    if (msg.type() === 'error' && !msg.location().url.includes('/api/')) errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto('/')
  await openConfig(page, 'chain.json', CHAIN)
  await ensureOnCanvas(page, ['extract', 'transform', 'load'])
})
test.afterEach(() => expect(errors).toEqual([]))

const editor = (page: Page) => page.locator('.cm-content')

test('the JSON pane shows the file with highlighting, line numbers and fold markers', async ({ page }) => {
  await expect(editor(page)).toContainText('"application_name": "chain_demo"')
  await expect(page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^24$/ })).toBeVisible()
  await expect(page.locator('.cm-foldGutter')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/code-light.png` })
})

// How soon the card follows a keystroke is measured by `make bench` (bench/run.mjs), not asserted here.
test('typing a new job id in the JSON renames the node and the list entry', async ({ page }) => {
  await placeCursorAfter(page, '"load')
  await page.keyboard.press('Control+Shift+ArrowLeft') // select the word, then type over it
  await page.keyboard.type('publish')
  await expect(page.getByTestId('node-publish')).toBeVisible()
  await expect(page.getByTestId('job-item-publish')).toBeVisible()
  await expect(page.getByTestId('node-load')).toHaveCount(0)
  // The job stays selected under its new id, and the renamed card keeps its link.
  await expect(page.getByTestId('inspector-subject')).toHaveText('publish')
  await expect(page.locator('.vue-flow__edge[data-id="transform\u2192publish"]')).toHaveCount(1)
  await expect(page.locator('.vue-flow__edge[data-id="transform\u2192load"]')).toHaveCount(0)
  expect(await storeText(page)).toBe(CHAIN.replace('"id": "load"', '"id": "publish"'))
})

test('invalid JSON: banner, the canvas keeps the last valid version, nothing rewritten; fixing it lets the canvas follow', async ({
  page,
}) => {
  await editor(page).click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.type('x')
  await expect(page.getByTestId('json-error-banner')).toContainText(/JSON error at line \d+/)
  await expect(page.getByTestId('syntax-banner')).toBeVisible()
  await placeCursorAfter(page, '"load')
  await page.keyboard.press('Control+Shift+ArrowLeft')
  await page.keyboard.type('publish')
  // Still broken: the canvas shows the last valid version; the text is exactly what was typed.
  await expect(page.getByTestId('node-load')).toBeVisible()
  await expect(page.getByTestId('node-publish')).toHaveCount(0)
  expect(await storeText(page)).toBe(CHAIN.replace('"id": "load"', '"id": "publish"') + 'x')
  await page.screenshot({ path: `${SHOTS}/code-json-error.png` })
  // "Show" on the canvas banner and the pane's own banner both take the cursor to the error.
  await placeCursorAfter(page, '"application_name"')
  await page.getByTestId('syntax-banner').getByRole('button', { name: 'Show' }).click()
  await expect.poll(async () => (await cursorOf(page)).line).toBe(24)
  await placeCursorAfter(page, '"application_name"')
  await page.getByTestId('json-error-banner').click()
  await expect.poll(async () => (await cursorOf(page)).line).toBe(24)
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Backspace')
  await expect(page.getByTestId('node-publish')).toBeVisible()
  await expect(page.getByTestId('json-error-banner')).toHaveCount(0)
  expect(await storeText(page)).toBe(CHAIN.replace('"id": "load"', '"id": "publish"'))
})

test('an edit made elsewhere appears in the JSON as a minimal change and the cursor stays put', async ({
  page,
}) => {
  await placeCursorAfter(page, 'Write')
  const before = await cursorOf(page)
  expect(before).toEqual({ line: 18, column: 28 })
  await editThroughStore(
    page,
    '"working_dir": "/tmp/chain",',
    '"working_dir": "/tmp/chain",\n  "log_dir": "logs",',
  )
  await expect(editor(page)).toContainText('"log_dir": "logs"')
  expect(await cursorOf(page)).toEqual({ line: 19, column: 28 })
  await page.keyboard.type('X')
  expect(await storeText(page)).toContain('"description": "WriteX it to the warehouse"')
})

test('Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in the editor walk the one history shared with forms and canvas', async ({
  page,
}) => {
  await placeCursorAfter(page, 'Clean it up')
  await page.keyboard.type(' nicely')
  const typed = CHAIN.replace('Clean it up', 'Clean it up nicely')
  await editThroughStore(page, '"echo extract"', '"echo extract --all"', 'Edit command')
  await expect(editor(page)).toContainText('--all')
  await page.keyboard.press('Control+z')
  await expect(editor(page)).not.toContainText('--all')
  expect(await storeText(page)).toBe(typed)
  await page.keyboard.press('Control+z')
  expect(await storeText(page)).toBe(CHAIN)
  await expect(editor(page)).not.toContainText('nicely')
  await page.keyboard.press('Control+Shift+z')
  expect(await storeText(page)).toBe(typed)
  await page.keyboard.press('Control+y')
  expect(await storeText(page)).toBe(typed.replace('"echo extract"', '"echo extract --all"'))
})

test('hovering a key shows its documentation from the schema', async ({ page }) => {
  await editor(page).getByText('"working_dir"', { exact: true }).hover()
  const doc = page.getByTestId('schema-doc')
  await expect(doc).toBeVisible()
  await expect(doc).toContainText('Working directory')
  await expect(doc).toContainText('Mandatory')
})

test('completion offers the keys the schema allows and that are not there yet', async ({ page }) => {
  await placeCursorAfter(page, '["transform"]')
  await page.keyboard.type(',')
  await page.keyboard.press('Enter')
  await page.keyboard.type('"')
  await page.keyboard.press('Control+Space')
  const list = page.locator('.cm-tooltip-autocomplete')
  await expect(list).toBeVisible()
  await expect(list.getByRole('option', { name: 'timeout' })).toBeVisible()
  await expect(list.getByRole('option', { name: 'command', exact: true })).toHaveCount(0)
  await page.keyboard.type('max_r')
  await expect(list.getByRole('option').first()).toContainText('max_retries')
  await page.screenshot({ path: `${SHOTS}/code-completion.png` })
  await page.keyboard.press('Enter')
  await page.keyboard.type('3')
  const job = JSON.parse(await storeText(page)).jobs[2]
  expect(job.max_retries).toBe(3)
})

test('a dangling dependency gets a squiggle whose quick fix removes it', async ({ page }) => {
  await placeCursorAfter(page, '["transform"')
  await page.keyboard.type(', "ghost')
  await expect(editor(page)).toContainText('["transform", "ghost"]')
  const squiggle = page.locator('.cm-lintRange-error')
  await expect(squiggle).toHaveText('"ghost"')
  await squiggle.hover()
  const action = page.locator('.cm-tooltip-lint .cm-diagnosticAction')
  await expect(action).toContainText("Remove the dependency on 'ghost'")
  await action.click()
  await expect(squiggle).toHaveCount(0)
  expect(JSON.parse(await storeText(page)).jobs[2].dependencies).toEqual(['transform'])
})

test('moving the cursor into a job selects its node; clicking a node reveals its job in the JSON', async ({
  page,
}) => {
  await placeCursorAfter(page, 'Clean it')
  await expect(page.locator('.vue-flow__node[data-id="transform"]')).toHaveClass(/selected/)
  await expect(page.getByTestId('job-item-transform')).toHaveAttribute('aria-pressed', 'true')
  await page.locator('.vue-flow__controls-fitview').click() // the inspector opened and narrowed the canvas
  await page.getByTestId('node-extract').click()
  await expect.poll(() => cursorOf(page)).toEqual({ line: 5, column: 5 })
  await expect(page.locator('.cm-revealFlash').first()).toBeVisible()
  // Revealing never takes the keyboard from the canvas.
  expect(await page.evaluate(() => !!document.activeElement?.closest('.cm-editor'))).toBe(false)
})

test('Space, Backspace, Delete and ? type in the editor; the canvas shortcuts stay quiet', async ({
  page,
}) => {
  await page.getByTestId('node-extract').click()
  await placeCursorAfter(page, '"Pull')
  await page.keyboard.press('Space')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Delete')
  await page.keyboard.type('?')
  expect(await storeText(page)).toContain('"Pull?the raw data"')
  await expect(page.getByTestId('node-extract')).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('dark theme: the editor follows the app theme', async ({ page }) => {
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect
    .poll(() => page.locator('.cm-editor').evaluate((el) => getComputedStyle(el).backgroundColor))
    .toBe('rgb(11, 17, 32)')
  await editor(page).getByText('"working_dir"', { exact: true }).hover()
  await expect(page.getByTestId('schema-doc')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/code-dark.png` })
})

test('the collapse button hides the JSON pane and the toolbar brings it back with the text intact', async ({
  page,
}) => {
  await page.getByTestId('json-pane-collapse').click()
  await expect(page.getByTestId('json-pane')).toBeHidden()
  await page.getByTestId('toggle-json').click()
  await expect(page.locator('[data-testid="json-editor"][data-ready]')).toBeVisible()
  await expect(editor(page)).toContainText('"application_name": "chain_demo"')
})

test('opening another file puts the cursor back at the top', async ({ page }) => {
  await placeCursorAfter(page, 'Write')
  expect((await cursorOf(page)).line).toBe(18)
  await openConfig(page, 'other.json', CHAIN.replace('chain_demo', 'other_demo'))
  await expect(editor(page)).toContainText('"other_demo"')
  expect(await cursorOf(page)).toEqual({ line: 1, column: 1 })
})

test('a file opened after scrolling down another one shows its first line, and the same file opened again too', async ({
  page,
}) => {
  const long = (name: string) =>
    JSON.stringify(
      {
        application_name: name,
        working_dir: '/tmp',
        jobs: Array.from({ length: 80 }, (_, i) => ({ id: `job_${i}`, command: `echo ${i}` })),
      },
      null,
      2,
    )
  await openConfig(page, 'long.json', long('long_one'))
  await page.locator('.cm-content').click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('Control+End')
  const firstLine = page.locator('.cm-line', { hasText: '"application_name"' })
  await expect(firstLine).not.toBeInViewport()
  await openConfig(page, 'other.json', long('long_two'))
  await expect(firstLine).toContainText('long_two')
  await expect(firstLine).toBeInViewport()
  expect(await cursorOf(page)).toEqual({ line: 1, column: 1 })
  // The same text again keeps the editor's state: only the cursor and the view go back to the top.
  await page.locator('.cm-content').click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('Control+End')
  await expect(firstLine).not.toBeInViewport()
  await openConfig(page, 'other.json', long('long_two'))
  await expect(firstLine).toBeInViewport()
  expect(await cursorOf(page)).toEqual({ line: 1, column: 1 })
})
