/**
 * The inspector offers every quick fix of a problem (a dangling dependency: rename the reference OR
 * remove it), each with its whole label readable at 1440 px, and each one applies.
 */
import { expect, test, type Page } from '@playwright/test'
import { openConfig, SHOTS, storeText } from './code-helpers'
import { collectErrors } from './support/studio'

const CONFIG = `{
  "application_name": "fixes",
  "working_dir": "/tmp/fixes",
  "jobs": [
    { "id": "load", "command": "echo load" },
    { "id": "report_for_the_finance_department", "command": "echo report", "dependencies": ["lod"] }
  ]
}
`
const JOB = 'report_for_the_finance_department'
const RENAME = "Rename the reference to 'load'"
const REMOVE = "Remove the dependency on 'lod'"

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = collectErrors(page)
  await page.goto('/')
  await openConfig(page, 'fixes.json', CONFIG)
  await page.getByTestId(`job-item-${JOB}`).click()
  await expect(page.getByTestId('inspector-subject')).toHaveText(JOB)
})
test.afterEach(() => expect(errors).toEqual([]))

const jobProblems = (page: Page) => page.getByTestId('form-problems')

/** Each fix button shows its whole label: nothing clipped, inside the inspector. */
async function expectWhole(page: Page, name: string) {
  const buttons = page.getByTestId('job-form').getByRole('button', { name, exact: true })
  await expect(buttons.first()).toBeVisible()
  const inspector = (await page.getByTestId('job-form').boundingBox())!
  for (const button of await buttons.all()) {
    const clipped = await button.evaluate((el) => el.scrollWidth > el.clientWidth + 1)
    expect(clipped, name).toBe(false)
    const box = (await button.boundingBox())!
    expect(box.x + box.width, name).toBeLessThanOrEqual(inspector.x + inspector.width + 0.5)
  }
}

test('both fixes of a dangling dependency are offered at the top and at the field, whole', async ({
  page,
}) => {
  const top = jobProblems(page)
  await expect(top.getByTestId('message-fix')).toHaveText([RENAME, REMOVE])
  await expect(page.getByTestId('field-dependencies').getByTestId('message-fix')).toHaveText([RENAME, REMOVE])
  await expectWhole(page, RENAME)
  await expectWhole(page, REMOVE)
  await page.getByTestId('job-form').screenshot({ path: `${SHOTS}/inspector-fixes-light.png` })
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.getByTestId('job-form').screenshot({ path: `${SHOTS}/inspector-fixes-dark.png` })
})

test('the second fix applies too: the dependency is removed, nothing else changes', async ({ page }) => {
  const before = await storeText(page)
  await jobProblems(page).getByRole('button', { name: REMOVE }).click()
  await expect
    .poll(() => storeText(page))
    .toBe(before.replace(', "dependencies": ["lod"]', ', "dependencies": []'))
  await expect(page.getByTestId('job-form').getByTestId('message-fix')).toHaveCount(0)
})

test('the first fix renames the reference', async ({ page }) => {
  const before = await storeText(page)
  await page.getByTestId('field-dependencies').getByRole('button', { name: RENAME }).click()
  await expect.poll(() => storeText(page)).toBe(before.replace('["lod"]', '["load"]'))
})
