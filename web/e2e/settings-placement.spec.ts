/**
 * A setting set from the application form that the file does not have yet is written with the other
 * settings, before the jobs list, and nothing else in the text changes.
 */
import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  docText,
  openAppSettings,
  openText,
  replaced,
  waitForText,
  watchErrors,
} from './inspector-support'

let errors: string[] = []
test.beforeEach(async ({ page }) => {
  errors = watchErrors(page)
  await page.goto('/')
})
test.afterEach(() => expect(errors).toEqual([]))

async function setMaxWorkers(page: Page, value: string) {
  const field = page.getByLabel('Max parallel jobs', { exact: true })
  await field.fill(value)
  await field.press('Enter')
}

/** The lines the JSON editor shows (the file is small: all of them are drawn). */
const editorLines = (page: Page) => page.locator('[data-testid="json-editor"] .cm-line').allTextContents()

test('max_workers set in the form lands just before "jobs", the rest of the text byte for byte', async ({
  page,
}) => {
  await openText(page, DEMO)
  await openAppSettings(page)
  await setMaxWorkers(page, '4')
  await waitForText(page, replaced(DEMO, '  "jobs": [', '  "max_workers": 4,\n  "jobs": ['))
  await expect.poll(async () => (await editorLines(page)).join('\n')).toContain('"max_workers": 4,')
  const lines = await editorLines(page)
  const at = lines.findIndex((l) => l.includes('"max_workers"'))
  expect(lines[at + 1]).toContain('"jobs": [')
  expect(lines[at - 1]).toContain('"custom_thing": 1,')
})

test('in a file that starts with its jobs, the new setting joins the settings after them', async ({
  page,
}) => {
  const jobsFirst = `{
  "jobs": [
    { "id": "extract", "command": "echo extract" }
  ],
  "application_name": "jobs_first",
  "working_dir": "/tmp"
}
`
  await openText(page, jobsFirst, 'jobs-first.json')
  await openAppSettings(page)
  await setMaxWorkers(page, '2')
  await waitForText(page, replaced(jobsFirst, '"/tmp"\n', '"/tmp",\n  "max_workers": 2\n'))
  expect(await docText(page)).toMatch(/"working_dir": "\/tmp",\n {2}"max_workers": 2\n}\n$/)
})
