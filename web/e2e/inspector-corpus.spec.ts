/**
 * Every engine sample config (../shared/executioner/configs) opens in the inspector without a
 * console error: application settings and the first job's form render whatever the values are
 * (wrong types, disabled keys, unknown checks). Skips when ../shared is absent.
 */
import { expect, test } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openAppSettings, openText, watchErrors } from './inspector-support'

const DIR = fileURLToPath(new URL('../../../shared/executioner/configs/', import.meta.url))
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')) : []

test('engine sample configs render in the inspector without errors', async ({ page }) => {
  test.skip(files.length === 0, `no sample configs at ${DIR} (../shared is absent)`)
  test.setTimeout(240_000)
  const errors = watchErrors(page)
  await page.goto('/')
  for (const file of files) {
    const text = readFileSync(DIR + file, 'utf8')
    await openText(page, text, file)
    await openAppSettings(page)
    let firstId: unknown
    try {
      firstId = (JSON.parse(text) as { jobs?: { id?: unknown }[] }).jobs?.[0]?.id
    } catch {
      firstId = undefined
    }
    if (typeof firstId === 'string' && firstId !== '') {
      await page.getByTestId(`job-item-${firstId}`).first().click()
      await expect(page.getByTestId('job-form'), file).toBeVisible()
    }
    expect(errors, file).toEqual([])
  }
})
