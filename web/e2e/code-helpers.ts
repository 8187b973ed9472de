/** Helpers for the JSON editor and problems browser tests. */
import { expect, type Page } from '@playwright/test'

export const SHOTS = '/tmp/shots'

/** Open a config through the file input (what the Open button and drag-and-drop lead to). */
export async function openConfig(page: Page, name: string, text: string) {
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.getByTestId('file-name')).toContainText(name)
  await expect(page.locator('[data-testid="json-editor"][data-ready]')).toBeVisible()
}

/** Wait until these jobs are on the canvas (a file opens with every job placed), then fit the view to them. */
export async function ensureOnCanvas(page: Page, ids: string[]) {
  for (const id of ids)
    await expect(page.getByTestId(`job-item-${id}`).getByTestId('not-on-canvas')).toHaveCount(0)
  await page.locator('.vue-flow__controls-fitview').click()
  for (const id of ids) await expect(page.getByTestId(`node-${id}`)).toBeVisible()
}

/** The document store's text (the app's read-only test hook). */
export function storeText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __studio: { text(): string } }).__studio.text())
}

/**
 * An edit made outside the JSON editor, as the canvas or a form makes it: through the document
 * store's action (reached through the mounted Vue app, test-only).
 */
export async function editThroughStore(page: Page, from: string, to: string, label = 'Form edit') {
  await page.evaluate(
    ([a, b, l]) => {
      interface DocumentStore {
        text: string
        replaceText(next: string, label: string, origin: string): void
      }
      type Mounted = {
        __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, DocumentStore> } } } }
      }
      const app = (document.querySelector('#app') as unknown as Mounted).__vue_app__
      const store = app.config.globalProperties.$pinia._s.get('document')!
      if (!store.text.includes(a)) throw new Error(`text not found: ${a}`)
      store.replaceText(store.text.replace(a, b), l, 'form')
    },
    [from, to, label] as const,
  )
}

/** Line and column shown in the pane header. */
export async function cursorOf(page: Page): Promise<{ line: number; column: number }> {
  const label = (await page.getByTestId('json-cursor').textContent()) ?? ''
  const [, line, column] = /Ln (\d+), Col (\d+)/.exec(label) ?? []
  return { line: Number(line), column: Number(column) }
}

/** Put the cursor just after the first occurrence of `text` in the editor, with the keyboard (Ctrl+F). */
export async function placeCursorAfter(page: Page, text: string) {
  const content = page.locator('.cm-content')
  if (!(await content.evaluate((el) => el.contains(document.activeElement)))) {
    await content.click({ position: { x: 4, y: 4 } })
  }
  await page.mouse.move(0, 0) // no hover tooltip left over the text
  await page.keyboard.press('Control+f')
  const field = page.locator('.cm-search input[name="search"]')
  await field.fill('')
  await field.pressSequentially(text) // CodeMirror reads the query on key events
  await field.press('Enter')
  await page.keyboard.press('Escape') // closes the panel; the match stays selected, focus back in the editor
  await page.keyboard.press('ArrowRight')
}
