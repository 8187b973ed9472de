/**
 * Never damage a file, in the static app (issue 11): a file opened from the browser keeps its byte
 * order mark and its CRLF line endings when edited in the JSON pane and saved (downloaded).
 */
import { expect, test, type Download, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { openConfig, storeText } from './code-helpers'

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const bytesOf = async (download: Download) => readFile((await download.path())!)

/** Type `keys` `back` characters before the end of the line holding `line`. */
async function typeNearEndOfLine(page: Page, line: string, back: number, keys: string) {
  await page.mouse.move(1, 1)
  await page.locator('.cm-line', { hasText: line }).first().click()
  await page.keyboard.press('End')
  for (let i = 0; i < back; i++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.type(keys)
}

async function download(page: Page): Promise<Buffer> {
  await page.getByTestId('save').click()
  const confirm = page.getByTestId('confirm-ok')
  const downloading = page.waitForEvent('download')
  // A BOM is an error for the engine: saving work in progress asks first. Whichever comes first, the
  // question (answered) or the download; the wait for the question never clicks late.
  const asked = confirm.waitFor().then(
    () => true,
    () => false,
  )
  if (await Promise.race([asked, downloading.then(() => false)])) await confirm.click()
  return bytesOf(await downloading)
}

const CONFIG =
  '{\n  "working_dir": "/tmp",\n  "jobs": [\n    {"id": "a", "command": "echo a", "description": "Keep"}\n  ]\n}\n'

test('a BOM + CRLF file opened from the browser: one typed character is the only byte that changes', async ({
  page,
}) => {
  const original = '\ufeff' + CONFIG.replace(/\n/g, '\r\n')
  await page.goto('/')
  await openConfig(page, 'bom-crlf.json', original)
  expect(await storeText(page)).toBe(original)
  await expect(page.getByTestId('status-bar')).toContainText('1 job')
  await typeNearEndOfLine(page, '"Keep"', 2, 's') // before `"}`
  const expected = Buffer.from(original.replace('"Keep"', '"Keeps"'), 'utf8')
  const saved = await download(page)
  expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(sha(saved)).toBe(sha(expected))
})
