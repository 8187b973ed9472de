/**
 * Saving a new config, or Save As, under the name of a file the workspace already has: the Save As
 * dialog says the name exists and asks for another (Replace is a deliberate second choice); the file
 * on disk is never touched meanwhile, and the "changed on disk" conflict never shows.
 */
import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { NO_ENGINE_PORT } from './server/paths'
import { config, disk, gotoStudio, requireServer, shotBothThemes, storeText } from './server/support'

requireServer()
const ws = disk(NO_ENGINE_PORT)
const sha = (path: string) => createHash('sha256').update(ws.read(path)).digest('hex')

async function newConfig(page: Page, applicationName: string) {
  await page.getByTestId('new-config').click()
  const dialog = page.getByTestId('new-config-dialog')
  await dialog.locator('input[name="application_name"]').fill(applicationName)
  await dialog.locator('input[name="working_dir"]').fill('/tmp')
  await dialog.getByRole('button', { name: 'Create config' }).click()
  await expect(page.getByTestId('file-name')).toContainText(`${applicationName}.json`)
}

test('saving a new config under an existing name asks for another name; the existing file is untouched', async ({
  page,
}) => {
  ws.write('etl_pipeline.json', config('etl_pipeline', [{ id: 'theirs' }]))
  const before = sha('etl_pipeline.json')
  await gotoStudio(page, NO_ENGINE_PORT)
  await newConfig(page, 'etl_pipeline')
  await page.keyboard.press('Control+s')

  const dialog = page.getByTestId('save-as-dialog')
  await expect(dialog.getByTestId('save-as-taken')).toContainText(
    'etl_pipeline.json already exists in the workspace',
  )
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled()
  await expect(dialog.getByRole('button', { name: 'Replace etl_pipeline.json' })).toBeVisible()
  await expect(page.getByTestId('conflict-dialog')).toHaveCount(0)
  expect(sha('etl_pipeline.json')).toBe(before)
  await shotBothThemes(page, 'save-as-name-taken')

  // The base name is selected: typing replaces it and keeps ".json".
  await page.keyboard.type('etl_pipeline_v2')
  await expect(dialog.getByLabel('File name')).toHaveValue('etl_pipeline_v2.json')
  await expect(dialog.getByTestId('save-as-taken')).toBeHidden()
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('ws-file-etl_pipeline_v2.json')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('file-name')).toContainText('etl_pipeline_v2.json')
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('etl_pipeline_v2.json')).toBe(await storeText(page))
  expect(sha('etl_pipeline.json')).toBe(before)
  await expect(page.getByTestId('conflict-dialog')).toHaveCount(0)
})

test('Save As onto an existing workspace file replaces it only through the explicit Replace', async ({
  page,
}) => {
  ws.write('replace_me.json', config('replace_me', [{ id: 'old' }]))
  const before = sha('replace_me.json')
  await gotoStudio(page, NO_ENGINE_PORT)
  await newConfig(page, 'fresh_copy')
  await page.getByTestId('save-as').click()
  const dialog = page.getByTestId('save-as-dialog')
  await expect(dialog).toContainText('Saved in the server workspace')
  await dialog.getByLabel('File name').fill('replace_me')
  await dialog.getByLabel('File name').press('Enter')
  await expect(dialog.getByTestId('save-as-taken')).toContainText('replace_me.json already exists')
  expect(sha('replace_me.json')).toBe(before)

  // Cancel leaves everything as it was.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(sha('replace_me.json')).toBe(before)
  await expect(page.getByTestId('dirty-dot')).toBeVisible()

  await page.getByTestId('save-as').click()
  await dialog.getByLabel('File name').fill('replace_me.json')
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  await dialog.getByRole('button', { name: 'Replace replace_me.json' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('replace_me.json')).toBe(await storeText(page))
  expect(JSON.parse(ws.read('replace_me.json')).application_name).toBe('fresh_copy')
  await expect(page.getByTestId('ws-file-replace_me.json')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('conflict-dialog')).toHaveCount(0)
})
