import { expect, test, type Page } from '@playwright/test'
import {
  cursorOf,
  editThroughStore,
  ensureOnCanvas,
  msUntil,
  openConfig,
  placeCursorAfter,
  SHOTS,
  storeText,
} from './code-helpers'

const CHAIN = `{
  "application_name": "chain_demo",
  "working_dir": "/tmp/chain",
  "jobs": [
    {
      "id": "extract",
      "description": "Pull the raw data",
      "command": "echo extract"
    },
    {
      "id": "transform",
      "description": "Clean it up",
      "command": "echo transform",
      "dependencies": ["extract"]
    },
    {
      "id": "load",
      "description": "Write it to the warehouse",
      "command": "echo load",
      "dependencies": ["transform"]
    }
  ]
}
`

let errors: string[]
test.beforeEach(async ({ page }) => {
  errors = []
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()))
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto('/')
  await openConfig(page, 'chain.json', CHAIN)
  await ensureOnCanvas(page, ['extract', 'transform', 'load'])
})
test.afterEach(() => expect(errors).toEqual([]))

const editor = (page: Page) => page.locator('.cm-content')

test('the JSON pane shows the file with highlighting, line numbers and fold markers', async ({ page }) => {
  await expect(editor(page)).toContainText('"application_name": "chain_demo"')
  await expect(page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^24$/ })).toBeVisible()
  await expect(page.locator('.cm-foldGutter')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/code-light.png` })
})

test('typing a new job id in the JSON renames the node and the list entry within 250 ms', async ({
  page,
}) => {
  await placeCursorAfter(page, '"load')
  await page.keyboard.press('Control+Shift+ArrowLeft') // select the word, then type over it
  await page.keyboard.type('publish')
  const ms = await msUntil(page, '[data-testid="node-publish"]')
  expect(ms).toBeLessThan(250)
  await expect(page.getByTestId('job-item-publish')).toBeVisible()
  await expect(page.getByTestId('node-load')).toHaveCount(0)
  expect(await storeText(page)).toBe(CHAIN.replace('"id": "load"', '"id": "publish"'))
})
