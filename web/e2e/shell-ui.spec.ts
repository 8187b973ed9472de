import { expect, test } from '@playwright/test'
import {
  collectErrors,
  docJson,
  docText,
  fixturePath,
  fixtureText,
  node,
  openAndPlace,
} from './support/studio'

test('the theme toggle switches to dark and back, and the choice survives a reload', async ({ page }) => {
  const errors = collectErrors(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.locator('html')).not.toHaveClass(/dark/)
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).not.toHaveClass(/dark/)
  expect(errors).toEqual([])
})

test('the theme follows the system until the user chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await expect(page.locator('html')).toHaveClass(/dark/)
})

test('? opens the cheat sheet; Escape closes it', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Shift+?')
  const sheet = page.getByTestId('shortcuts-dialog')
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('Box selection')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
})

test('shortcuts never fire while typing: Space, Backspace, Delete, n and ? type normally', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  await node(page, 'transform').click()
  const before = await docText(page)
  const search = page.getByTestId('job-search')
  await search.click()
  await page.keyboard.type('n? x')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Home')
  await page.keyboard.press('Delete')
  await expect(search).toHaveValue('? ')
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0)
  expect(await docText(page)).toBe(before) // nothing deleted, no job added
  await expect(node(page, 'transform')).toBeVisible()

  // The same keys outside a field do act.
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('n')
  expect((await docJson(page)).jobs.map((j) => j.id)).toContain('job_1')
})

test('panes resize with the keyboard and keep their size after a reload; the JSON pane collapses', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first'])
  const splitter = page.getByRole('separator', { name: 'Resize the job list' })
  const width = async () => (await page.getByTestId('sidebar').boundingBox())!.width
  const start = await width()
  await splitter.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  expect(await width()).toBe(start + 32)
  await page.reload()
  await page.getByTestId('open-file-input').setInputFiles(fixturePath('pair.json'))
  expect(await width()).toBe(start + 32)
  await page.getByTestId('toggle-json').click()
  await expect(page.getByTestId('json-pane')).toBeHidden()
  await page.keyboard.press('Control+j')
  await expect(page.getByTestId('json-pane')).toBeVisible()
})

test('while the JSON has a syntax error the canvas keeps the last valid version behind a banner', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  const editor = page.locator('.cm-content')
  await expect(editor).toBeVisible()
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(',')
  await expect(page.getByTestId('syntax-banner')).toContainText(
    /JSON error at line \d+ — the canvas shows the last valid version/,
  )
  for (const id of ['extract', 'transform', 'load']) await expect(node(page, id)).toBeVisible()
  // Typing Backspace in the editor edits the text, not the canvas.
  await page.keyboard.press('Backspace')
  await expect(page.getByTestId('syntax-banner')).toHaveCount(0)
  await expect(node(page, 'transform')).toBeVisible()
})

test('the problem counts in the status bar open the problems panel', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first'])
  await page.getByTestId('add-job').click() // a job without a command: one error
  await page.getByTestId('status-bar').getByTestId('problems-status').click()
  await expect(page.getByTestId('problems-panel')).toBeVisible()
  await expect(page.getByTestId('problems-panel')).toContainText('job_1')
  await page.keyboard.press('Control+Shift+M')
  await expect(page.getByTestId('problems-panel')).toHaveCount(0)
})

test('Delete and Backspace in the JSON editor edit text, never the selected job', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract', 'transform', 'load'])
  await page.getByTestId('job-item-transform').click()
  const editor = page.locator('.cm-content')
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('ab')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Delete')
  await page.keyboard.press('Delete')
  await page.keyboard.type('c')
  await page.keyboard.press('Backspace')
  expect(await docText(page)).toBe(fixtureText('chain.json'))
  for (const id of ['extract', 'transform', 'load']) await expect(node(page, id)).toBeVisible()
})
