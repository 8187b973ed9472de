/**
 * Application settings, driven as a person would. Each test checks the JSON text: the edit lands on
 * the right key, keys the user did not touch stay byte for byte, and emptied fields remove their key.
 */
import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  SHOTS,
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
  await openText(page, DEMO)
  await openAppSettings(page)
})
test.afterEach(() => expect(errors).toEqual([]))

const app = async (page: Page) => JSON.parse(await docText(page)) as Record<string, unknown>
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })

test('text and number settings: typed values land on their key, emptied fields remove it', async ({
  page,
}) => {
  await expect(field(page, 'Log directory')).toHaveAttribute('placeholder', '/tmp/demo/logs · engine default')
  await field(page, 'Application name').fill('nightly')
  await field(page, 'Application name').press('Tab')
  await waitForText(page, replaced(DEMO, '"inspector_demo"', '"nightly"'))

  await field(page, 'Max parallel jobs').fill('many')
  await field(page, 'Max parallel jobs').press('Enter')
  await expect(page.getByTestId('field-max_workers')).toContainText('Enter a number')
  await field(page, 'Max parallel jobs').fill('4')
  await field(page, 'Max parallel jobs').press('Enter')
  await expect.poll(async () => (await app(page)).max_workers).toBe(4)

  await field(page, 'Default retry delay (s)').fill('')
  await field(page, 'Default retry delay (s)').press('Tab')
  await expect.poll(async () => 'default_retry_delay' in (await app(page))).toBe(false)
  await expect(field(page, 'Default retry delay (s)')).toHaveAttribute('placeholder', '30 · engine default')
})

test('switches write real booleans and Reset removes the key', async ({ page }) => {
  const parallel = page.getByRole('switch', { name: 'Run in parallel' })
  await expect(parallel).toHaveAttribute('aria-checked', 'false')
  await parallel.click()
  await expect.poll(async () => (await app(page)).parallel).toBe(true)
  await expect(parallel).toHaveAttribute('aria-checked', 'true')
  await page.getByTestId('field-parallel').getByRole('button', { name: 'Reset' }).click()
  await waitForText(page, DEMO)
})

test('environment: add, rename in place, change and remove variables, with the ${VAR} preview', async ({
  page,
}) => {
  const table = page.getByTestId('section-Environment')
  await expect(table).toContainText('→ /data/raw')
  await table.getByLabel('variable name of RAW').fill('RAW_DIR')
  await table.getByLabel('variable name of RAW').press('Enter')
  await waitForText(page, replaced(DEMO, '"RAW": "${ROOT}/raw"', '"RAW_DIR": "${ROOT}/raw"'))

  await table.getByLabel('value of ROOT').fill('/srv')
  await table.getByLabel('value of ROOT').press('Tab')
  await expect(table).toContainText('→ /srv/raw')

  await table.getByLabel('New variable name').fill('9BAD')
  await table.getByLabel('New variable name').press('Enter')
  await expect(table).toContainText('Use letters, digits and _ only')
  await table.getByLabel('New variable name').fill('LOGS')
  await table.getByLabel('New value').fill('${MISSING}/logs')
  await table.getByLabel('New value').press('Enter')
  await expect
    .poll(async () => (await app(page)).env_variables)
    .toEqual({
      ROOT: '/srv',
      RAW_DIR: '${ROOT}/raw',
      LOGS: '${MISSING}/logs',
    })
  // The row itself warns that ${MISSING} is defined nowhere (it stays literal).
  await expect(table.getByTestId('kv-row').nth(2)).toContainText('MISSING')
  await table.getByRole('button', { name: 'Remove LOGS' }).click()
  await expect
    .poll(async () => Object.keys((await app(page)).env_variables as object))
    .toEqual(['ROOT', 'RAW_DIR'])
})

test('inherit_shell_env: all / none / common defaults / custom list', async ({ page }) => {
  const mode = field(page, 'Inherit shell environment')
  await expect(mode).toHaveValue('all')
  await mode.selectOption('common')
  await expect.poll(async () => (await app(page)).inherit_shell_env).toBe('default')
  await mode.selectOption('custom')
  await expect.poll(async () => ((await app(page)).inherit_shell_env as string[]).length).toBe(18)
  await mode.selectOption('none')
  await expect.poll(async () => (await app(page)).inherit_shell_env).toBe(false)
  await mode.selectOption('custom')
  await expect.poll(async () => (await app(page)).inherit_shell_env).toEqual([])
  const names = page.getByLabel('Variable names to inherit')
  await names.fill('PATH')
  await names.press('Enter')
  await expect.poll(async () => (await app(page)).inherit_shell_env).toEqual(['PATH'])
  await page.getByTestId('field-inherit_shell_env').getByRole('button', { name: 'Reset' }).click()
  await waitForText(page, DEMO)
})

test('notifications: recipients, and a masked password with a reveal toggle', async ({ page }) => {
  await field(page, 'E-mail recipients').fill('ops@example.com, dba@example.com')
  await field(page, 'E-mail recipients').press('Tab')
  await expect.poll(async () => (await app(page)).email_address).toBe('ops@example.com, dba@example.com')
  const password = field(page, 'SMTP password')
  await expect(password).toHaveAttribute('type', 'password')
  await password.fill('s3cret')
  await password.press('Tab')
  await expect.poll(async () => (await app(page)).smtp_password).toBe('s3cret')
  await page.getByRole('button', { name: 'Show password' }).click()
  await expect(password).toHaveAttribute('type', 'text')
  await expect(password).toHaveValue('s3cret')
})

test('disabled (_) keys and unknown keys are listed read-only; no-effect settings are marked', async ({
  page,
}) => {
  const disabled = page.getByTestId('section-disabled')
  await expect(disabled).toContainText('_smtp_password')
  await expect(disabled).not.toContainText('hunter2')
  await expect(page.getByTestId('section-unknown')).toContainText('custom_thing')
  await expect(page.getByTestId('field-security_policy')).toContainText('no effect')
  await page.screenshot({ path: `${SHOTS}/inspector-app.png` })
})

test('"name" is shown as ignored, with the one-click rename to application_name', async ({ page }) => {
  await openText(page, DEMO.replace('"application_name"', '"name"'), 'named.json')
  await openAppSettings(page)
  const name = page.getByTestId('field-name')
  await expect(name).toContainText('ignored')
  await name.getByRole('button', { name: /Rename/ }).click()
  await waitForText(page, DEMO)
})

test('dark theme', async ({ page }) => {
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.screenshot({ path: `${SHOTS}/inspector-app-dark.png` })
  await page.getByTestId('job-item-transform').click()
  await page.screenshot({ path: `${SHOTS}/inspector-job-dark.png` })
})
