/**
 * The job form, driven as a person would: typing, picking, ticking. Every test asserts on the JSON
 * text: the edit lands where expected, nothing else moves, and an emptied field removes its key.
 */
import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  SHOTS,
  docText,
  openText,
  replaced,
  selectJob,
  waitForText,
  watchErrors,
} from './inspector-support'

/** The job's object in the current text. */
async function job(page: Page, id: string): Promise<Record<string, unknown>> {
  const doc = JSON.parse(await docText(page)) as { jobs: { id: string }[] }
  return doc.jobs.find((j) => j.id === id) as Record<string, unknown>
}

/** The removed part of the text between two versions (what a minimal edit replaced). */
function removedBetween(before: string, after: string): string {
  let start = 0
  while (start < before.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++
  return before.slice(start, before.length - end)
}

let errors: string[] = []
test.beforeEach(async ({ page }) => {
  errors = watchErrors(page)
  await page.goto('/')
  await openText(page, DEMO)
})
test.afterEach(() => expect(errors).toEqual([]))

test('placeholders show the inherited value and where it comes from', async ({ page }) => {
  await selectJob(page, 'transform')
  await expect(page.getByLabel('Retry delay (s)', { exact: true })).toHaveAttribute(
    'placeholder',
    '45 · from default_retry_delay',
  )
  await expect(page.getByLabel('Timeout (s)', { exact: true })).toHaveAttribute(
    'placeholder',
    '10800 · engine default',
  )
  await expect(page.getByLabel('Retry on exit codes', { exact: true })).toHaveAttribute(
    'placeholder',
    '1 · engine default',
  )
  await expect(page.getByLabel('Job log directory', { exact: true })).toHaveAttribute(
    'placeholder',
    '/tmp/demo/logs · engine default',
  )
  await page.screenshot({ path: `${SHOTS}/inspector-job.png` })
})

test('typing a timeout adds only that key; emptying the field removes it and restores the bytes', async ({
  page,
}) => {
  await selectJob(page, 'transform')
  const timeout = page.getByLabel('Timeout (s)', { exact: true })
  await timeout.fill('900')
  await timeout.press('Tab')
  await expect.poll(async () => (await job(page, 'transform')).timeout).toBe(900)
  const after = await docText(page)
  expect(removedBetween(DEMO, after).trim()).toBe('')
  expect(JSON.parse(after)).toEqual(
    (() => {
      const d = JSON.parse(DEMO)
      d.jobs[1].timeout = 900
      return d
    })(),
  )
  await timeout.fill('')
  await timeout.press('Tab')
  await waitForText(page, DEMO)
})

test('an invalid number is refused with a reason and never written', async ({ page }) => {
  await selectJob(page, 'extract')
  const retries = page.getByLabel('Max retries', { exact: true })
  await retries.fill('1.5')
  await retries.press('Enter')
  await expect(page.getByTestId('field-max_retries')).toContainText('Enter a whole number')
  await retries.fill('2')
  await retries.press('Enter')
  await waitForText(page, replaced(DEMO, '"timeout": 600', '"timeout": 600,\n      "max_retries": 2'))
})

test('typing in a field does not trigger global shortcuts (Space, Backspace, Delete type normally)', async ({
  page,
}) => {
  await selectJob(page, 'extract')
  const description = page.getByLabel('Description', { exact: true })
  await description.click()
  await description.press('End')
  await page.keyboard.type(' now')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Home')
  await page.keyboard.press('Delete')
  await expect(description).toHaveValue('ull the raw data no')
  await description.press('Tab')
  await waitForText(page, replaced(DEMO, 'Pull the raw data', 'ull the raw data no'))
  // The job is still there and still selected: Delete did not remove it.
  await expect(page.getByTestId('inspector-subject')).toHaveText('extract')
})

test('a word typed in one go is one undo step', async ({ page }) => {
  await selectJob(page, 'extract')
  const command = page.getByLabel('Command', { exact: true })
  await command.click()
  await command.press('End')
  await page.keyboard.type(' --fast', { delay: 30 })
  await command.press('Tab')
  await waitForText(page, replaced(DEMO, '"echo extract"', '"echo extract --fast"'))
  await page.getByTestId('undo').click()
  await waitForText(page, DEMO)
})

test('renaming a job updates every dependency on it and keeps it selected', async ({ page }) => {
  await selectJob(page, 'transform')
  const id = page.getByLabel('Job id', { exact: true })
  await id.fill('clean')
  await id.press('Enter')
  await expect(page.getByTestId('inspector-subject')).toHaveText('clean')
  expect((await job(page, 'load')).dependencies).toEqual(['clean', 'extract'])
  // Exactly the id and the reference changed (the command "echo transform" is not a reference).
  expect(await docText(page)).toBe(DEMO.replaceAll('"transform"', '"clean"'))
})

test('a duplicate or slashed id is refused with a reason', async ({ page }) => {
  await selectJob(page, 'transform')
  const id = page.getByLabel('Job id', { exact: true })
  await id.fill('extract')
  await id.press('Enter')
  await expect(page.getByTestId('field-id')).toContainText('Another job is already called “extract”')
  await id.fill('a/b')
  await id.press('Enter')
  await expect(page.getByTestId('field-id')).toContainText('cannot contain “/”')
  expect(await docText(page)).toBe(DEMO)
})

test('the dependency picker refuses cycles and explains why; chips remove', async ({ page }) => {
  await selectJob(page, 'extract')
  await page.getByTestId('add-dependency').click()
  const options = page.getByTestId('dependency-options')
  await expect(options.getByRole('option', { name: /transform/ })).toContainText(
    'would close the cycle extract → transform → extract',
  )
  await expect(options.getByRole('option', { name: /transform/ })).toHaveAttribute('aria-disabled', 'true')
  await options.getByRole('option', { name: /transform/ }).click({ force: true })
  expect(await docText(page)).toBe(DEMO)
  await page.keyboard.press('Escape')

  await selectJob(page, 'load')
  await page.getByRole('button', { name: 'Remove dependency extract' }).click()
  await expect.poll(async () => (await job(page, 'load')).dependencies).toEqual(['transform'])
  await page.getByTestId('add-dependency').click()
  await page.getByRole('combobox', { name: 'Find a job to depend on' }).fill('ext')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await job(page, 'load')).dependencies).toEqual(['transform', 'extract'])
})

test('retry statuses: the first untick writes the default list minus that status', async ({ page }) => {
  await selectJob(page, 'transform')
  const field = page.getByTestId('field-retry_on_status')
  await expect(field).toContainText('Not set: engine default ERROR, FAILED, TIMEOUT')
  await field.getByLabel('FAILED', { exact: true }).uncheck()
  await expect.poll(async () => (await job(page, 'transform')).retry_on_status).toEqual(['ERROR', 'TIMEOUT'])
  await field.getByRole('button', { name: 'Reset' }).click()
  await waitForText(page, DEMO)
})

test('exit codes are integer chips', async ({ page }) => {
  await selectJob(page, 'transform')
  const codes = page.getByLabel('Retry on exit codes', { exact: true })
  await codes.fill('x')
  await codes.press('Enter')
  await expect(page.getByTestId('field-retry_on_exit_codes')).toContainText('Enter a number')
  await codes.fill('2')
  await codes.press('Enter')
  await codes.fill('255')
  await codes.press('Enter')
  await expect.poll(async () => (await job(page, 'transform')).retry_on_exit_codes).toEqual([2, 255])
})

test('adding a built-in check shows its parameter field; other names warn', async ({ page }) => {
  await selectJob(page, 'transform')
  await page.getByLabel('Add a post-check').selectOption('check_no_ora_errors')
  const item = page.getByTestId('check-item')
  await expect(item).toBeVisible()
  const logFile = item.getByLabel('Log file (glob allowed)', { exact: true })
  await logFile.fill('logs/*.log')
  await logFile.press('Tab')
  await expect
    .poll(async () => (await job(page, 'transform')).post_checks)
    .toEqual([{ name: 'check_no_ora_errors', params: { log_file: 'logs/*.log' } }])
  await item.getByLabel('Check', { exact: true }).selectOption('check_file_exists')
  await expect
    .poll(async () => (await job(page, 'transform')).post_checks)
    .toEqual([{ name: 'check_file_exists', params: { path: 'logs/*.log' } }])

  await page.getByLabel('Add a pre-check').selectOption('*other')
  await expect(page.getByTestId('field-pre_checks')).toContainText('any other name fails the job at run time')
  await page.getByLabel('Name of the check to add', { exact: true }).fill('my_check')
  await page.getByLabel('Name of the check to add', { exact: true }).press('Enter')
  await expect
    .poll(async () => (await job(page, 'transform')).pre_checks)
    .toEqual([{ name: 'my_check', params: {} }])
})

test('a job variable shows its value after interpolation with the app variables', async ({ page }) => {
  await selectJob(page, 'extract')
  const table = page.getByTestId('field-env_variables')
  await table.getByLabel('New variable name', { exact: true }).fill('OUT')
  await table.getByLabel('New value', { exact: true }).fill('${RAW}/out')
  await table.getByLabel('New value', { exact: true }).press('Enter')
  await expect.poll(async () => (await job(page, 'extract')).env_variables).toEqual({ OUT: '${RAW}/out' })
  await expect(table).toContainText('→ /data/raw/out')
})

test("the job's problems show at the top and at the field, with their fixes", async ({ page }) => {
  await openText(
    page,
    DEMO.replace('"dependencies": ["extract"]', '"dependencies": ["extrct"]'),
    'broken-dep.json',
  )
  await selectJob(page, 'transform')
  await expect(page.getByTestId('form-problems')).toContainText('extrct')
  await expect(page.getByTestId('field-dependencies').getByTestId('field-message').first()).toContainText(
    'extrct',
  )
})

test('clicking a problem opens the job form and focuses the field it is about', async ({ page }) => {
  await openText(
    page,
    DEMO.replace('"command": "echo load",', '"command": "echo load",\n      "timeout": 0,'),
    'zero.json',
  )
  await page.getByTestId('problems-status').first().click()
  await page.getByTestId('problem-row').filter({ hasText: 'timeout' }).first().click()
  await expect(page.getByTestId('inspector-subject')).toHaveText('load')
  const timeout = page.getByLabel('Timeout (s)', { exact: true })
  await expect(timeout).toBeFocused()
  await expect(timeout).toBeInViewport()
  await expect(page.getByTestId('field-timeout').getByTestId('field-message').first()).toContainText('600')
})

test('a problem at the top of the form links to its field', async ({ page }) => {
  await openText(
    page,
    DEMO.replace('"command": "echo load",', '"command": "echo load",\n      "max_retries": -1,'),
    'neg.json',
  )
  await selectJob(page, 'load')
  await page
    .getByTestId('form-problems')
    .getByTestId('message-go')
    .filter({ hasText: /never runs/ })
    .click()
  await expect(page.getByLabel('Max retries', { exact: true })).toBeFocused()
})

test('while the JSON is broken the form shows the last valid version, read-only, and says why', async ({
  page,
}) => {
  await openText(page, DEMO.replace('"command": "echo load",', '"command": "echo load",,'), 'broken.json')
  await selectJob(page, 'load')
  await expect(page.getByTestId('inspector-banner')).toContainText('The JSON has an error')
  await expect(page.getByLabel('Command', { exact: true })).toBeDisabled()
})

test('pausing while typing commits, and the caret stays put as the document updates', async ({ page }) => {
  await selectJob(page, 'extract')
  const description = page.getByLabel('Description', { exact: true })
  await description.click()
  await description.press('Home')
  await page.keyboard.type('Daily: ')
  await expect.poll(() => docText(page)).toContain('"Daily: Pull the raw data"')
  // The document has changed under the field; the caret is still after "Daily: ".
  await page.keyboard.type('now ')
  await expect(description).toHaveValue('Daily: now Pull the raw data')
  await expect.poll(() => docText(page)).toContain('"Daily: now Pull the raw data"')
  await expect(description).toBeFocused()
})
