import { expect, test, type Download, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { docText, fixtureText, openAndPlace, openFixture } from './support/studio'

const bytesOf = async (download: Download) => readFile((await download.path())!, 'utf8')

/** The texts of the drafts the app has autosaved in IndexedDB (useDrafts.ts: database "executioner-studio", store "drafts"). */
function draftTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('executioner-studio')
        // Never create the database here (the app's own open would then find it without its store).
        open.onupgradeneeded = () => open.transaction!.abort()
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('drafts')) return resolve([])
          const all = db.transaction('drafts').objectStore('drafts').getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => resolve((all.result as { text: string }[]).map((d) => d.text))
        }
      }),
  )
}

test('Save of an unchanged file downloads the very same bytes under the same name', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'finish'])
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save').click()])
  expect(download.suggestedFilename()).toBe('fan.json')
  expect(await bytesOf(download)).toBe(fixtureText('fan.json'))
})

test('Ctrl+S saves the edited text; the dirty dot goes away; editing back to the saved text is clean', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await page.getByTestId('add-job').click()
  await expect(page.getByTestId('dirty-dot')).toBeVisible()
  const edited = await docText(page)
  await page.keyboard.press('Control+s')
  // The new job has no command yet, which the engine refuses: saving warns first.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('confirm-ok').click(),
  ])
  expect(await bytesOf(download)).toBe(edited)
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0)
  // + Add Job left the keyboard in the new job's id field: untouched, Ctrl+Z there undoes the add.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('dirty-dot')).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0)
})

test('saving a file the engine would refuse warns first, then saves work in progress', async ({ page }) => {
  await page.goto('/')
  await openFixture(page, 'broken.json')
  await page.getByTestId('save').click()
  const dialog = page.getByTestId('confirm-dialog')
  await expect(dialog).toContainText('Save a file the engine would refuse?')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await page.getByTestId('save').click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('confirm-ok').click(),
  ])
  expect(await bytesOf(download)).toBe(fixtureText('broken.json'))
})

test('Save As without a native save dialog asks for a name and downloads under it', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker
  })
  await page.goto('/')
  await openAndPlace(page, 'chain.json', ['extract'])
  await page.getByTestId('save-as').click()
  const dialog = page.getByTestId('save-as-dialog')
  await dialog.getByLabel('File name').fill('chain-copy')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('chain-copy.json')
  expect(await bytesOf(download)).toBe(fixtureText('chain.json'))
  await expect(page.getByTestId('file-name')).toContainText('chain-copy.json')
})

test('unsaved changes survive a reload: the draft is offered back and restores the exact text', async ({
  page,
}) => {
  await page.goto('/')
  await openAndPlace(page, 'pair.json', ['first', 'second'])
  await page.getByTestId('add-job').click()
  await page.getByTestId('add-job').click()
  const edited = await docText(page)
  // Autosave is debounced: reload once the draft with this text is in IndexedDB.
  await expect.poll(() => draftTexts(page)).toContain(edited)
  await page.reload()
  const banner = page.getByTestId('draft-banner')
  await expect(banner).toContainText(/Restore unsaved changes to pair\.json from \d\d?:\d\d/)
  await banner.getByRole('button', { name: 'Restore' }).click()
  expect(await docText(page)).toBe(edited)
  await expect(page.getByTestId('dirty-dot')).toBeVisible()
  // Undo takes the restore back to the saved file.
  await page.keyboard.press('Control+z')
  expect(await docText(page)).toBe(fixtureText('pair.json'))
})

test('where the browser allows it, Save writes back into the opened file (File System Access API)', async ({
  page,
}) => {
  // A stand-in for the native picker: the handle records what is written to it.
  await page.addInitScript((content) => {
    const written: string[] = []
    Object.assign(window, {
      __written: written,
      showOpenFilePicker: async () => [
        {
          name: 'chain.json',
          getFile: async () => new File([content], 'chain.json', { type: 'application/json' }),
          createWritable: async () => {
            let data = ''
            return {
              write: async (d: string) => void (data += d),
              close: async () => void written.push(data),
            }
          },
        },
      ],
    })
  }, fixtureText('chain.json'))
  await page.goto('/')
  await page.getByTestId('open-file').click()
  await expect(page.getByTestId('node-extract')).toBeVisible()
  await page.getByTestId('job-item-transform').click()
  await page.keyboard.press('Delete')
  const edited = await docText(page)
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.keyboard.press('Control+s')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __written: string[] }).__written))
    .toEqual([edited])
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0)
  expect(downloaded).toBe(false)
})
