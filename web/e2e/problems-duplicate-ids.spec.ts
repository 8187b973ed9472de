/**
 * Two jobs with the same id: choosing a problem of the second one in the Problems panel opens the
 * second one (inspector and JSON), not the first one with that id.
 */
import { expect, test, type Page } from '@playwright/test'
import { openConfig } from './code-helpers'
import { collectErrors } from './support/studio'

const DUPLICATES = `{
  "application_name": "duplicates",
  "working_dir": "/tmp/duplicates",
  "jobs": [
    { "id": "extract", "command": "echo extract" },
    { "id": "load", "command": "echo first load" },
    { "id": "load", "command": "echo second load", "dependencies": ["ghost"] }
  ]
}
`

const panel = (page: Page) => page.getByTestId('problems-panel')
const commandField = (page: Page) => page.getByTestId('field-command').locator('textarea, input').first()

test('a problem of the second job with a duplicated id opens that job, not the first one', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openConfig(page, 'duplicates.json', DUPLICATES)
  await page.getByTestId('status-bar').getByTestId('problems-status').click()
  await expect(panel(page)).toBeVisible()

  await panel(page).locator('[data-testid="problem-row"][data-code="dependency-unknown"]').click()
  await expect(page.getByTestId('inspector-subject')).toHaveText('load')
  await expect(commandField(page)).toHaveValue('echo second load')
  await expect(page.getByTestId('json-cursor')).toContainText('Ln 7')
  // The list marks the second "load" row as the selected one.
  await expect(page.getByTestId('job-item-load').nth(1)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('job-item-load').nth(0)).toHaveAttribute('aria-pressed', 'false')

  // The first "load" is still reachable as itself from the list.
  await page.getByTestId('job-item-load').nth(0).click()
  await expect(commandField(page)).toHaveValue('echo first load')
  expect(errors).toEqual([])
})
