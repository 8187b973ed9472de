import { expect, test, type Locator } from '@playwright/test'
import {
  collectErrors,
  docJson,
  docText,
  dropFile,
  fixturePath,
  fixtureText,
  openAndPlace,
  openFixture,
} from './support/studio'
import { placeCursorAfter } from './code-helpers'

/** The colour the JSON editor draws a token in (the first span whose whole text it is). */
const colorOf = (editor: Locator, token: string) =>
  editor
    .locator('span', { hasText: new RegExp(`^${token}$`) })
    .first()
    .evaluate((el) => getComputedStyle(el).color)

test('opening a file with the file chooser shows its name, every job on the canvas and the exact text', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  expect(await docText(page)).toBe(fixtureText('fan.json'))
  await expect(page.locator('.vue-flow__edge')).toHaveCount(6)
  // Laid out left to right: every dependency sits left of its dependents.
  const x = async (id: string) => (await page.getByTestId(`node-${id}`).boundingBox())!.x
  expect(await x('start')).toBeLessThan(await x('middle'))
  expect(await x('middle')).toBeLessThan(await x('finish'))
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0)
  expect(errors).toEqual([])
})

// The workbench (canvas, job list, JSON editor) is mounted hidden while the app waits for a file
// (App.vue), so that opening one only fills it in: until then it must be out of sight and out of reach.
test('the workbench prepared before any file is out of reach, and the first file opens in it, ready to edit', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(page.locator('.cm-editor')).toHaveCount(1) // prepared...
  await expect(page.getByTestId('workbench')).toBeHidden() // ...and not shown
  await expect(page.getByTestId('empty-state')).toBeVisible()
  // Not read out, not reachable with Tab, its canvas keys asleep.
  await expect(page.getByRole('textbox', { name: 'Config JSON' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Add Job' })).toHaveCount(0)
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    const inWorkbench = await page.evaluate(
      () => document.activeElement?.closest('[data-testid="workbench"]') !== null,
    )
    expect(inWorkbench).toBe(false)
  }
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await expect(page.getByTestId('file-name')).toHaveCount(0)

  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  await expect(page.getByTestId('empty-state')).toHaveCount(0)
  const editor = page.getByRole('textbox', { name: 'Config JSON' })
  await expect(editor).toContainText('"id": "middle"')
  // Read as JSON (the editor was made before there was any): keys and strings highlighted apart.
  expect(await colorOf(editor, '"id"')).not.toBe(await colorOf(editor, '"middle"'))
  // Typing in it right away edits the document (the canvas follows).
  await placeCursorAfter(page, '"id": "middle')
  await page.keyboard.type('_2')
  await expect(page.getByTestId('node-middle_2')).toBeVisible()
  expect(await docText(page)).toContain('"id": "middle_2"')
  expect(errors).toEqual([])
})

test('an empty file opened first and typed into is read as JSON', async ({ page }) => {
  await page.goto('/')
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') })
  const editor = page.getByRole('textbox', { name: 'Config JSON' })
  await expect(editor).toBeVisible()
  await editor.click()
  await page.keyboard.type('{"application_name": "typed"')
  expect(await colorOf(editor, '"application_name"')).not.toBe(await colorOf(editor, '"typed"'))
})

test('dropping a .json file anywhere on the window opens it', async ({ page }) => {
  await page.goto('/')
  await dropFile(page, 'chain.json', fixtureText('chain.json'))
  await expect(page.getByTestId('file-name')).toContainText('chain.json')
  await expect(page.getByTestId('node-transform')).toBeVisible()
  expect(await docText(page)).toBe(fixtureText('chain.json'))
})

test('a file that is not valid JSON still opens: text kept as is, problem shown, nothing blanked', async ({
  page,
}) => {
  await page.goto('/')
  await openFixture(page, 'broken.json')
  expect(await docText(page)).toBe(fixtureText('broken.json'))
  await expect(page.getByTestId('syntax-banner')).toContainText('JSON error at line 5')
  await expect(page.getByTestId('status-bar')).toContainText('JSON error at line')
})

test('new config dialog: working directory required; result has exactly the given keys', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'New config' }).first().click()
  const dialog = page.getByTestId('new-config-dialog')
  await dialog.getByLabel('Application name').fill('nightly_etl')
  await dialog.getByRole('button', { name: 'Create config' }).click()
  await expect(dialog).toContainText('refuses a config without a working directory')
  await dialog.getByLabel(/Working directory/).fill('/opt/etl')
  await dialog.getByRole('button', { name: 'Create config' }).click()
  await expect(dialog).toBeHidden()
  expect(await docJson(page)).toEqual({ application_name: 'nightly_etl', working_dir: '/opt/etl', jobs: [] })
  await expect(page.getByTestId('file-name')).toContainText('nightly_etl.json')
  await expect(page.getByTestId('canvas-empty')).toBeVisible()
  expect(errors).toEqual([])
})

test('opening another file with unsaved changes asks first, and keeping them keeps them', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await page.getByTestId('add-job').click()
  const edited = await docText(page)
  await page.getByTestId('open-file-input').setInputFiles(fixturePath('chain.json'))
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText('Discard unsaved changes?')
  await confirm.getByRole('button', { name: 'Keep editing' }).click()
  expect(await docText(page)).toBe(edited)
  await expect(page.getByTestId('file-name')).toContainText('pair.json')
  await page.getByTestId('open-file-input').setInputFiles(fixturePath('chain.json'))
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('file-name')).toContainText('chain.json')
})

test('closing the tab with unsaved changes is warned about (beforeunload)', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  const clean = await page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(e)
    return e.defaultPrevented
  })
  expect(clean).toBe(false)
  await page.getByTestId('add-job').click()
  const dirty = await page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(e)
    return e.defaultPrevented
  })
  expect(dirty).toBe(true)
})
