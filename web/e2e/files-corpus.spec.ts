import { expect, test } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { collectErrors, docText, positions } from './support/studio'

// The engine's own sample configs (valid, refused, broken): every one must open with nothing lost.
const CORPUS = fileURLToPath(new URL('../../../shared/executioner/configs/', import.meta.url))
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.json')) : []

test.skip(files.length === 0, `engine sample configs not found at ${CORPUS}`)

test('every engine sample config opens: exact text kept, every job with an id placed, no console error', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const errors = collectErrors(page)
  await page.goto('/')
  for (const name of files) {
    const text = readFileSync(CORPUS + name, 'utf8')
    await page
      .getByTestId('open-file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
    const confirm = page.getByTestId('confirm-ok')
    if (await confirm.isVisible().catch(() => false)) await confirm.click()
    await expect(page.getByTestId('file-name')).toContainText(name)
    expect(await docText(page), name).toBe(text)
    let ids: string[] = []
    try {
      const jobs = (JSON.parse(text) as { jobs?: unknown }).jobs
      if (Array.isArray(jobs))
        ids = [...new Set(jobs.flatMap((j) => (typeof j?.id === 'string' ? [j.id] : [])))]
    } catch {
      ids = [] // not JSON: nothing to place, the text is still there
    }
    await expect
      .poll(async () => Object.keys(await positions(page)).length, { message: name })
      .toBe(ids.length)
  }
  expect(errors).toEqual([])
})
