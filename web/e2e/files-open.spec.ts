import { expect, test } from '@playwright/test'
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

// The JSON editor is created once while the app waits for a file (useJsonEditor.preloadJsonEditor),
// so that the first file opens faster: that rehearsal must leave nothing behind.
test('the JSON editor rehearsed at start leaves nothing on the page, and the first file opens in it', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  // CodeMirror's style sheet is in the page: an editor was created...
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.adoptedStyleSheets, ...Array.from(document.styleSheets)].some((sheet) =>
          Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('.cm-scroller')),
        ),
      ),
    )
    .toBe(true)
  // ...and is gone: nothing of it is left to see, to focus or to be read out.
  await expect(page.locator('.cm-editor')).toHaveCount(0)
  await expect(page.getByTestId('json-editor-content')).toHaveCount(0)
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  await expect(page.locator('.cm-editor')).toHaveCount(1)
  await expect(page.locator('.cm-content')).toContainText('"id": "middle"')
  expect(errors).toEqual([])
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
