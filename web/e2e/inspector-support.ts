/** Helpers for the inspector browser tests: open a config given as text, read the document text. */
import { expect, type Page } from '@playwright/test'

export const SHOTS = '/tmp/shots'

export const DEMO = `{
  "application_name": "inspector_demo",
  "working_dir": "/tmp/demo",
  "default_retry_delay": 45,
  "env_variables": {
    "ROOT": "/data",
    "RAW": "\${ROOT}/raw"
  },
  "_smtp_password": "hunter2",
  "custom_thing": 1,
  "jobs": [
    {
      "id": "extract",
      "description": "Pull the raw data",
      "command": "echo extract",
      "timeout": 600
    },
    {
      "id": "transform",
      "command": "echo transform",
      "dependencies": ["extract"]
    },
    {
      "id": "load",
      "command": "echo load",
      "dependencies": ["transform", "extract"]
    }
  ]
}
`

/** Open a config through the file input (what the Open button and drag-and-drop lead to). */
export async function openText(page: Page, text: string, name = 'demo.json') {
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.getByTestId('file-name')).toContainText(name)
}

/** The document text, through the app's read-only test hook (`window.__studio`, see main.ts). */
export function docText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __studio: { text(): string } }).__studio.text())
}

/** The text with one replacement applied: what the document must equal after a minimal edit. */
export function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the text: ${from}`)
  return text.replace(from, to)
}

export async function selectJob(page: Page, id: string) {
  await page.getByTestId(`job-item-${id}`).click()
  await expect(page.getByTestId('inspector-subject')).toHaveText(id)
}

export async function openAppSettings(page: Page) {
  await page.getByTestId('app-settings-item').click()
  await expect(page.getByTestId('app-form')).toBeVisible()
}

/** Wait until the document text satisfies a predicate (form edits commit after a short pause). */
export async function waitForText(page: Page, expected: string) {
  await expect.poll(() => docText(page), { timeout: 5000 }).toBe(expected)
}

/**
 * Console errors and uncaught exceptions during a test. The static preview has no API server, so the
 * app's probe of `/api/…` fails by design; the browser logs that as "Failed to load resource", which
 * is ignored only when such an `/api/` response was actually seen.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  let apiMisses = 0
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 400) apiMisses++
  })
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() !== 'error') return
    if (apiMisses > 0 && m.text().startsWith('Failed to load resource')) return
    errors.push(m.text())
  })
  return errors
}
