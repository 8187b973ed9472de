/**
 * A new job is named right away: after + Add Job, the N shortcut, a double-click on the empty canvas
 * or "Add a dependent job", the inspector shows the new job with its id field focused and its text
 * selected, so typing a name and Enter renames it everywhere.
 */
import { expect, test, type Page } from '@playwright/test'
import { collectErrors, docJson, docText, node, openAndPlace, SHOTS } from './support/studio'

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = collectErrors(page)
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
})
test.afterEach(() => expect(errors).toEqual([]))

const idField = (page: Page) => page.getByTestId('field-id').locator('input')
const ids = async (page: Page) => (await docJson(page)).jobs.map((j) => j.id)

/** The new job's id is in the focused field, all selected: what a person types replaces it. */
async function expectIdReadyToType(page: Page, id: string) {
  await expect(page.getByTestId('inspector-subject')).toHaveText(id)
  await expect(idField(page)).toBeFocused()
  await expect(idField(page)).toHaveValue(id)
  await expect
    .poll(() => idField(page).evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]))
    .toEqual([0, id.length])
}

async function typeName(page: Page, name: string) {
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('inspector-subject')).toHaveText(name)
}

test('+ Add Job: type a name and Enter, and the list, the inspector and the JSON show it', async ({
  page,
}) => {
  await page.getByTestId('add-job').click()
  await expectIdReadyToType(page, 'job_1')
  await page.screenshot({ path: `${SHOTS}/new-job-id-focused.png` })
  await typeName(page, 'load_sales')
  await expect(page.getByTestId('job-item-load_sales')).toBeVisible()
  await expect(page.getByTestId('job-item-job_1')).toHaveCount(0)
  await expect(page.locator('[data-testid="json-editor"]')).toContainText('"id": "load_sales"')
  expect(await ids(page)).toEqual(['first', 'second', 'load_sales'])
  // Dragged onto the canvas, its card carries the name.
  const canvas = page.getByTestId('canvas')
  const box = (await canvas.boundingBox())!
  await page.getByTestId('job-item-load_sales').dragTo(canvas, {
    targetPosition: { x: box.width / 2, y: box.height - 120 },
  })
  await expect(node(page, 'load_sales')).toContainText('load_sales')
})

test("Ctrl+Z right after + Add Job takes the job back; once a name is typed, Ctrl+Z is the field's", async ({
  page,
}) => {
  await page.getByTestId('add-job').click()
  await expectIdReadyToType(page, 'job_1')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('job-item-job_1')).toHaveCount(0)
  expect(await ids(page)).toEqual(['first', 'second'])
  // Typing first: the field's own undo applies and the job stays.
  await page.getByTestId('add-job').click()
  await expectIdReadyToType(page, 'job_1')
  await page.keyboard.type('abc')
  await page.keyboard.press('Control+z')
  await expect(idField(page)).toBeFocused()
  expect(await ids(page)).toHaveLength(3)
})

test('the N shortcut does the same, and the new id is only typed over, never mixed with the key', async ({
  page,
}) => {
  await page.locator('body').press('n')
  await expectIdReadyToType(page, 'job_1')
  await typeName(page, 'audit')
  expect(await ids(page)).toEqual(['first', 'second', 'audit'])
})

test('double-click on the empty canvas: the card appears with the id ready to type', async ({ page }) => {
  const box = (await page.getByTestId('canvas').boundingBox())!
  await page.mouse.dblclick(box.x + 120, box.y + box.height - 60)
  await expect(node(page, 'job_1')).toBeVisible()
  await expectIdReadyToType(page, 'job_1')
  await typeName(page, 'stage_orders')
  await expect(node(page, 'stage_orders')).toContainText('stage_orders')
  await expect(node(page, 'job_1')).toHaveCount(0)
  expect(await docText(page)).toContain('"id": "stage_orders"')
})

test('"Add a dependent job" from a card also puts the keyboard in the new id', async ({ page }) => {
  await node(page, 'second').click({ button: 'right' })
  await page.getByTestId('canvas-context-menu').getByText('Add a dependent job').click()
  await expect(node(page, 'job_1')).toBeVisible()
  await expectIdReadyToType(page, 'job_1')
  await typeName(page, 'publish')
  expect((await docJson(page)).jobs[2]).toMatchObject({ id: 'publish', dependencies: ['second'] })
})

test('"Add a job here" from the empty canvas also puts the keyboard in the new id', async ({ page }) => {
  const box = (await page.getByTestId('canvas').boundingBox())!
  await page.mouse.click(box.x + 120, box.y + box.height - 60, { button: 'right' })
  await page
    .getByTestId('canvas-context-menu')
    .getByRole('menuitem', { name: /Add a job/ })
    .click()
  await expect(node(page, 'job_1')).toBeVisible()
  await expectIdReadyToType(page, 'job_1')
  await typeName(page, 'archive')
  await expect(node(page, 'archive')).toBeVisible()
})
