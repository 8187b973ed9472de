/**
 * Never damage a file (issue 11, editor items 1-6), against the real Studio server: each test writes
 * its own file into the workspace, edits it the way a person does, saves, and compares the BYTES on
 * disk (sha256) with what they must be.
 */
import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NO_ENGINE_PORT } from './server/paths'
import { disk, gotoStudio, openFromTree, requireServer, shotBothThemes, storeText } from './server/support'

requireServer()
const ws = disk(NO_ENGINE_PORT)
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')
const bytesOnDisk = (path: string) => readFileSync(join(ws.root, path))
const utf8 = (text: string) => Buffer.from(text, 'utf8')

const jobsConfig = (jobs: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ application_name: 'safe', working_dir: '/tmp', jobs, ...extra }, null, 2) + '\n'

/** The drafts autosaved in this browser (IndexedDB, as useDrafts.ts writes them). */
function draftTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('executioner-studio')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('drafts')) return resolve([])
          const all = db.transaction('drafts').objectStore('drafts').getAll()
          all.onsuccess = () => resolve((all.result as { text: string }[]).map((d) => d.text))
          all.onerror = () => reject(all.error)
        }
      }),
  )
}

/** Put the JSON editor's cursor at the end of the line holding `text`. */
async function cursorAtEndOfLine(page: Page, text: string) {
  // A schema tooltip left open by the last hover would take the click.
  await page.mouse.move(1, 1)
  await expect(page.locator('.cm-tooltip-hover')).toHaveCount(0)
  await page.locator('.cm-line', { hasText: text }).first().click()
  await page.keyboard.press('End')
}

async function saveWithCtrlS(page: Page) {
  await page.keyboard.press('Control+s')
  // Files the engine would refuse (BOM, broken structure) ask first; the work in progress is saved.
  const confirm = page.getByTestId('confirm-ok')
  const dirtyGone = expect(page.getByTestId('dirty-dot')).toBeHidden({ timeout: 15_000 })
  // Whichever comes first: the question (answered) or the save. Only waits, never clicks late.
  const asked = confirm.waitFor().then(
    () => true,
    () => false,
  )
  if (await Promise.race([asked, dirtyGone.then(() => false)])) await confirm.click()
  await dirtyGone
}

test.describe('1: a restored draft saves against the version it was based on', () => {
  test('file unchanged on disk: Restore then Ctrl+S saves, no conflict, the draft bytes on disk', async ({
    page,
  }) => {
    const original = jobsConfig([{ id: 'a', command: 'echo a', description: 'Draft me' }])
    ws.write('draft-plain.json', original)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'draft-plain.json')
    await cursorAtEndOfLine(page, '"Draft me"')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type(' now')
    const edited = await storeText(page)
    expect(edited).toBe(original.replace('"Draft me"', '"Draft me now"'))
    await expect.poll(() => draftTexts(page)).toContain(edited)

    await page.reload()
    const banner = page.getByTestId('draft-banner')
    await expect(banner).toContainText('draft-plain.json')
    await banner.getByRole('button', { name: 'Restore' }).click()
    await expect(page.getByTestId('file-name')).toContainText('draft-plain.json')
    await expect.poll(() => storeText(page)).toBe(edited)
    await saveWithCtrlS(page)
    await expect(page.getByTestId('conflict-dialog')).toBeHidden()
    expect(sha(bytesOnDisk('draft-plain.json'))).toBe(sha(utf8(edited)))
  })

  test('file changed on disk since: the conflict dialog compares the draft with the disk; Overwrite writes the draft', async ({
    page,
  }) => {
    const original = jobsConfig([{ id: 'a', command: 'echo a', description: 'Before' }])
    ws.write('draft-conflict.json', original)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'draft-conflict.json')
    await cursorAtEndOfLine(page, '"Before"')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type(' mine')
    const mine = await storeText(page)
    await expect.poll(() => draftTexts(page)).toContain(mine)
    await page.close({ runBeforeUnload: false })

    const theirs = original.replace('"Before"', '"Theirs"')
    ws.write('draft-conflict.json', theirs)
    const next = await page.context().newPage()
    await gotoStudio(next, NO_ENGINE_PORT)
    await next.getByTestId('draft-banner').getByRole('button', { name: 'Restore' }).click()
    await expect.poll(() => storeText(next)).toBe(mine)
    await next.keyboard.press('Control+s')
    const dialog = next.getByTestId('conflict-dialog')
    await expect(dialog).toContainText('changed draft-conflict.json')
    await dialog.getByTestId('conflict-compare-button').click()
    await expect(next.getByTestId('compare-mine')).toContainText('Before mine')
    await expect(next.getByTestId('compare-theirs')).toContainText('Theirs')
    await shotBothThemes(next, 'editsafe-draft-conflict')
    // Nothing was written meanwhile: the disk still holds the other program's version.
    expect(sha(bytesOnDisk('draft-conflict.json'))).toBe(sha(utf8(theirs)))
    await dialog.getByTestId('conflict-overwrite').click()
    await expect(next.getByTestId('dirty-dot')).toBeHidden()
    expect(sha(bytesOnDisk('draft-conflict.json'))).toBe(sha(utf8(mine)))
  })
})

test.describe('2: line endings and BOM survive typing in the JSON pane', () => {
  test('CRLF file: a typed character and a typed line break change only those bytes', async ({ page }) => {
    const original = jobsConfig([{ id: 'a', command: 'echo a', description: 'Windows' }]).replace(
      /\n/g,
      '\r\n',
    )
    ws.write('crlf.json', original)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'crlf.json')
    await cursorAtEndOfLine(page, '"Windows"')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('!')
    const afterChar = original.replace('"Windows"', '"Windows!"')
    expect(await storeText(page)).toBe(afterChar)
    await saveWithCtrlS(page)
    expect(sha(bytesOnDisk('crlf.json'))).toBe(sha(utf8(afterChar)))

    // Enter after `"jobs": [` writes CRLF (the file's ending) and the indentation, nothing else.
    await cursorAtEndOfLine(page, '"jobs": [')
    await page.keyboard.press('Enter')
    const text = await storeText(page)
    expect(text).not.toMatch(/[^\r]\n/)
    expect(text.replace(/\[\r\n[ \t]*\r\n/, '[\r\n')).toBe(afterChar)
    await saveWithCtrlS(page)
    expect(sha(bytesOnDisk('crlf.json'))).toBe(sha(utf8(text)))
  })

  test('BOM file: the byte order mark stays on save (and is shown as the problem it is)', async ({
    page,
  }) => {
    const original = '\ufeff' + jobsConfig([{ id: 'a', command: 'echo a', description: 'Bom' }])
    ws.write('bom.json', original)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'bom.json')
    await cursorAtEndOfLine(page, '"Bom"')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('b')
    await saveWithCtrlS(page)
    const bytes = bytesOnDisk('bom.json')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(sha(bytes)).toBe(sha(utf8(original.replace('"Bom"', '"Bomb"'))))
  })
})

test.describe('3 and 6: a jobs structure the list cannot show is said once, the same everywhere', () => {
  const JOBS_OBJECT =
    '{\n  "working_dir": "/tmp",\n  "jobs": {\n    "extract": {\n      "command": "echo e"\n    },\n    "load": {\n      "command": "echo l",\n      "dependencies": ["extract"]\n    }\n  }\n}\n'

  test('jobs as an object: + Add Job refuses and changes nothing; Convert keeps every job (key → id)', async ({
    page,
  }) => {
    ws.write('jobs-object.json', JOBS_OBJECT)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'jobs-object.json')
    const message = '"jobs" is an object with 2 entries, not a list'
    await expect(page.getByTestId('jobs-problem')).toContainText(message)
    await expect(page.getByTestId('canvas-jobs-problem')).toContainText(message)
    await expect(page.getByTestId('status-jobs-problem')).toHaveText('"jobs" is not a list')
    await shotBothThemes(page, 'editsafe-jobs-object')

    await page.getByTestId('add-job').click()
    await expect(page.getByTestId('toast-error')).toContainText('adding a job would replace it')
    expect(await storeText(page)).toBe(JOBS_OBJECT)
    await expect(page.getByTestId('dirty-dot')).toBeHidden()

    await page.getByTestId('jobs-problem-fix').click()
    const converted =
      '{\n  "working_dir": "/tmp",\n  "jobs": [\n    {\n      "id": "extract",\n      "command": "echo e"\n    },\n    {\n      "id": "load",\n      "command": "echo l",\n      "dependencies": ["extract"]\n    }\n  ]\n}\n'
    expect(await storeText(page)).toBe(converted)
    await expect(page.getByTestId('jobs-problem')).toBeHidden()
    await expect(page.getByTestId('job-item-load')).toBeVisible()
    await saveWithCtrlS(page)
    expect(sha(bytesOnDisk('jobs-object.json'))).toBe(sha(utf8(converted)))
    // One undo step gives the original bytes back.
    await page.locator('body').click({ position: { x: 700, y: 400 } })
    await page.keyboard.press('Control+z')
    expect(await storeText(page)).toBe(JOBS_OBJECT)
  })

  test('jobs with job_id: count, list, canvas and status bar agree; one click renames the 13 keys', async ({
    page,
  }) => {
    const jobs = Array.from({ length: 13 }, (_, i) => ({ job_id: `step_${i + 1}`, command: `echo ${i + 1}` }))
    const original = jobsConfig(jobs)
    ws.write('job-id.json', original)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'job-id.json')
    const message = '13 jobs have no "id" (they use "job_id")'
    await expect(page.getByTestId('sidebar').getByRole('heading', { name: /Jobs/ })).toContainText('13')
    await expect(page.getByTestId('jobs-problem')).toContainText(message)
    await expect(page.getByTestId('sidebar')).not.toContainText('No jobs yet')
    await expect(page.getByTestId('canvas-jobs-problem')).toContainText(message)
    await expect(page.getByTestId('status-jobs-problem')).toHaveText('13 jobs without "id"')
    await page.getByTestId('jobs-problem-fix').click()
    const fixed = original.replaceAll('"job_id":', '"id":')
    expect(await storeText(page)).toBe(fixed)
    await expect(page.getByTestId('job-item-step_13')).toBeVisible()
    await saveWithCtrlS(page)
    expect(sha(bytesOnDisk('job-id.json'))).toBe(sha(utf8(fixed)))
  })

  test('a bare list of jobs: the same message everywhere, Add Job refused, Wrap keeps the list', async ({
    page,
  }) => {
    const original =
      JSON.stringify(
        [
          { id: 'a', command: 'echo a' },
          { id: 'b', command: 'echo b' },
        ],
        null,
        2,
      ) + '\n'
    ws.write('bare-list.json', original)
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'bare-list.json')
    const message = 'The file is a bare list of 2 jobs'
    await expect(page.getByTestId('jobs-problem')).toContainText(message)
    await expect(page.getByTestId('canvas-jobs-problem')).toContainText(message)
    await expect(page.getByTestId('canvas-empty')).not.toContainText('+ Add Job')
    await page.getByTestId('add-job').click()
    await expect(page.getByTestId('toast-error')).toContainText('not a config object')
    expect(await storeText(page)).toBe(original)
    await page.getByTestId('jobs-problem-fix').click()
    const wrapped = await storeText(page)
    expect(JSON.parse(wrapped)).toEqual({ jobs: JSON.parse(original) })
    expect(wrapped).toContain(original.trimEnd())
    await saveWithCtrlS(page)
    expect(sha(bytesOnDisk('bare-list.json'))).toBe(sha(utf8(wrapped)))
  })
})

test('4: duplicate ids: the second row selects and edits the second job, the first stays byte for byte', async ({
  page,
}) => {
  const original = jobsConfig([
    { id: 'twin', command: 'echo one', description: 'First twin' },
    { id: 'twin', command: 'echo two', description: 'Second twin' },
  ])
  ws.write('twins.json', original)
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'twins.json')
  const rows = page.getByTestId('job-item-twin')
  await expect(rows).toHaveCount(2)
  await rows.nth(1).click()
  await expect(rows.nth(1)).toHaveAttribute('aria-pressed', 'true')
  await expect(rows.nth(0)).toHaveAttribute('aria-pressed', 'false')
  const description = page.getByLabel('Description', { exact: true })
  await expect(description).toHaveValue('Second twin')
  await description.fill('Second twin, edited')
  await description.press('Tab')
  const edited = original.replace('"Second twin"', '"Second twin, edited"')
  await expect.poll(() => storeText(page)).toBe(edited)
  await rows.nth(0).click()
  await expect(description).toHaveValue('First twin')
  await rows.nth(1).click()
  await expect(description).toHaveValue('Second twin, edited')
  // The cursor in the JSON selects by position too: the first twin's line selects the first twin.
  await page.mouse.move(1, 1)
  await page.locator('.cm-line', { hasText: '"First twin"' }).click()
  await expect(description).toHaveValue('First twin')
  await expect(rows.nth(0)).toHaveAttribute('aria-pressed', 'true')
  await page.locator('.cm-line', { hasText: '"Second twin, edited"' }).click()
  await expect(description).toHaveValue('Second twin, edited')
  await saveWithCtrlS(page)
  expect(sha(bytesOnDisk('twins.json'))).toBe(sha(utf8(edited)))
})

test('5: a file over the server body limit is flagged on open; a refused save keeps the edit and its draft', async ({
  page,
}) => {
  const info = (await (await page.request.get(`http://127.0.0.1:${NO_ENGINE_PORT}/api/info`)).json()) as {
    max_body_bytes: number
  }
  // Each note is 64 characters (more with its quotes and indentation): together over the limit.
  const lineCount = Math.ceil((info.max_body_bytes + 300_000) / 64)
  const notes = Array.from({ length: lineCount }, (_, i) =>
    `note ${String(i).padStart(8, '0')}`.padEnd(64, '.'),
  )
  const original = jobsConfig([{ id: 'a', command: 'echo a', description: 'Huge' }], { _notes: notes })
  expect(Buffer.byteLength(original)).toBeGreaterThan(info.max_body_bytes)
  ws.write('huge.json', original)
  const before = sha(bytesOnDisk('huge.json'))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'huge.json')
  const notice = page.getByTestId('save-limit')
  await expect(notice).toContainText(
    /Saving this file sends [\d.]+ MB; the server accepts at most [\d.]+ MB per save/,
  )
  await expect(notice).toContainText('--max-body-mb')
  await shotBothThemes(page, 'editsafe-size-limit')

  await cursorAtEndOfLine(page, '"Huge"')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('r')
  const edited = await storeText(page)
  await page.keyboard.press('Control+s')
  await expect(notice).toContainText('Not saved:', { timeout: 20_000 })
  await expect(notice).toContainText('larger than')
  await expect(page.getByTestId('dirty-dot')).toBeVisible()
  expect(await storeText(page)).toBe(edited)
  await expect.poll(() => draftTexts(page), { timeout: 15_000 }).toContain(edited)
  expect(sha(bytesOnDisk('huge.json'))).toBe(before)
})
