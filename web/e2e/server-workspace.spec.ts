/**
 * The server workspace in the browser, against the real Studio server (no engine configured):
 * tree, open, save through the API, external changes, conflicts, new/rename/delete, server gone.
 */
import { expect, test } from '@playwright/test'
import { NO_ENGINE_PORT } from './server/paths'
import {
  config,
  disk,
  editText,
  gotoStudio,
  openFromTree,
  requireServer,
  shotBothThemes,
  storeText,
} from './server/support'

requireServer()
const ws = disk(NO_ENGINE_PORT)

test('the tree lists the workspace configs with size and date; a click opens one on the canvas and in the JSON', async ({
  page,
}) => {
  await gotoStudio(page, NO_ENGINE_PORT)
  const tree = page.getByTestId('workspace-files')
  await expect(tree.getByRole('treeitem', { name: 'team' })).toBeVisible()
  await expect(page.getByTestId('ws-file-team/nightly.json')).toBeVisible()
  const row = page.getByTestId('ws-file-pipeline.json').getByRole('button', { name: 'pipeline.json' })
  await expect(row).toHaveAttribute('title', /pipeline\.json\n\d+ bytes · modified /)
  // Folders collapse.
  await tree.getByRole('treeitem', { name: 'team' }).click()
  await expect(page.getByTestId('ws-file-team/nightly.json')).toBeHidden()

  await row.click()
  await expect(page.getByTestId('file-name')).toContainText('pipeline.json')
  // The first layout of a cold page can take a while on a busy machine.
  await expect(page.getByTestId('node-extract')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('node-load')).toBeVisible()
  await expect(page.locator('[data-testid="json-editor"]')).toContainText('Pull the data')
  expect(await storeText(page)).toBe(ws.read('pipeline.json'))
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  await expect(page.getByTestId('ws-file-pipeline.json')).toHaveAttribute('aria-selected', 'true')
  await shotBothThemes(page, 'workspace-tree')
})

test('Save writes through the API to the file on disk, keeping the previous version', async ({ page }) => {
  ws.write('save-me.json', config('save_me', [{ id: 'a', description: 'First words' }]))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'save-me.json')
  await editText(page, 'First words', 'Second words')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('save-me.json')).toContain('"description": "Second words"')
  expect(ws.read('save-me.json')).toBe(await storeText(page))
  expect(ws.list('.studio/history').length).toBeGreaterThan(0)
  // The next save starts from the new version: no conflict.
  await editText(page, 'Second words', 'Third words')
  await page.getByTestId('save').click()
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('save-me.json')).toContain('Third words')
})

test('opening another file with unsaved changes asks first', async ({ page }) => {
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'pipeline.json')
  await editText(page, 'Load it', 'Load it all')
  await page
    .getByTestId('ws-file-team/nightly.json')
    .getByRole('button', { name: 'nightly.json', exact: true })
    .click()
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText('Discard unsaved changes?')
  await confirm.getByRole('button', { name: 'Keep editing' }).click()
  await expect(page.getByTestId('file-name')).toContainText('pipeline.json')
  expect(await storeText(page)).toContain('Load it all')
  await page
    .getByTestId('ws-file-team/nightly.json')
    .getByRole('button', { name: 'nightly.json', exact: true })
    .click()
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('file-name')).toContainText('team/nightly.json')
  expect(ws.read('pipeline.json')).not.toContain('Load it all')
})

test('a change on disk by another program is offered for reload', async ({ page }) => {
  ws.write('external.json', config('external', [{ id: 'a', description: 'Before' }]))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'external.json')
  ws.write('external.json', config('external', [{ id: 'a', description: 'Written by vim' }]))
  const banner = page.getByTestId('external-change')
  await expect(banner).toContainText('external.json changed on disk')
  await shotBothThemes(page, 'external-change')
  await banner.getByTestId('external-reload').click()
  await expect(banner).toBeHidden()
  expect(await storeText(page)).toBe(ws.read('external.json'))
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
})

test('saving over a newer file on disk: Compare shows both sides, Overwrite writes mine', async ({
  page,
}) => {
  ws.write('conflict.json', config('conflict', [{ id: 'a', description: 'Original' }]))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'conflict.json')
  await editText(page, 'Original', 'Mine')
  ws.write('conflict.json', config('conflict', [{ id: 'a', description: 'Theirs' }]))
  await page.keyboard.press('Control+s')
  const dialog = page.getByTestId('conflict-dialog')
  await expect(dialog).toContainText('The file changed on disk')
  await dialog.getByTestId('conflict-compare-button').click()
  await expect(dialog.getByTestId('compare-mine')).toContainText('"description": "Mine"')
  await expect(dialog.getByTestId('compare-theirs')).toContainText('"description": "Theirs"')
  await expect(dialog.getByTestId('compare-mine').locator('[data-changed]')).toHaveCount(1)
  await shotBothThemes(page, 'conflict-compare')
  await dialog.getByTestId('conflict-compare-close').click()
  await shotBothThemes(page, 'conflict-dialog')
  await dialog.getByTestId('conflict-overwrite').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('conflict.json')).toContain('"description": "Mine"')
  expect(ws.read('conflict.json')).toBe(await storeText(page))
})

test('conflict: Reload discards my edit and opens the version on disk', async ({ page }) => {
  ws.write('conflict2.json', config('conflict2', [{ id: 'a', description: 'Original' }]))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'conflict2.json')
  await editText(page, 'Original', 'Mine')
  ws.write('conflict2.json', config('conflict2', [{ id: 'a', description: 'Theirs' }]))
  await page.keyboard.press('Control+s')
  await page.getByTestId('conflict-reload').click()
  await expect(page.getByTestId('conflict-dialog')).toBeHidden()
  // Reloading fetches the file's layout sidecar first: the text follows a moment later.
  await expect.poll(() => storeText(page)).toContain('"description": "Theirs"')
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('conflict2.json')).toContain('Theirs')
  await expect(page.getByTestId('toast-error')).toHaveCount(0)
})

test('while I have unsaved edits, a change on disk opens the conflict dialog without my saving', async ({
  page,
}) => {
  ws.write('conflict3.json', config('conflict3', [{ id: 'a', description: 'Original' }]))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'conflict3.json')
  await editText(page, 'Original', 'Mine')
  ws.write('conflict3.json', config('conflict3', [{ id: 'a', description: 'Theirs' }]))
  await expect(page.getByTestId('conflict-dialog')).toContainText('while you have unsaved changes')
  await page.getByTestId('conflict-cancel').click()
  expect(await storeText(page)).toContain('Mine')
})

test('New, Rename and Delete from the tree change the workspace on disk', async ({ page }, testInfo) => {
  // The server and its workspace outlive a failed attempt: a retry works on names of its own.
  const n = testInfo.retry ? `-${testInfo.retry}` : ''
  await gotoStudio(page, NO_ENGINE_PORT)
  await page.getByTestId('workspace-new').click()
  const dialog = page.getByTestId('workspace-name-dialog')
  await dialog.getByLabel('Application name').fill('fresh')
  await dialog.getByLabel('Working directory').fill('/srv/fresh')
  await expect(dialog.getByLabel('File name')).toHaveValue('fresh.json')
  await dialog.getByLabel('File name').fill(`made/fresh${n}`)
  await dialog.getByTestId('workspace-name-submit').click()
  await expect(page.getByTestId('file-name')).toContainText(`made/fresh${n}.json`)
  expect(JSON.parse(ws.read(`made/fresh${n}.json`))).toEqual({
    application_name: 'fresh',
    working_dir: '/srv/fresh',
    jobs: [],
  })

  const row = page.getByTestId(`ws-file-made/fresh${n}.json`)
  await expect(async () => {
    await row.hover()
    await row.getByRole('button', { name: `Rename made/fresh${n}.json` }).click({ timeout: 1000 })
  }).toPass()
  await dialog.getByLabel('File name').fill(`made/renamed${n}.json`)
  await dialog.getByTestId('workspace-name-submit').click()
  await expect(page.getByTestId('file-name')).toContainText(`made/renamed${n}.json`)
  expect(ws.exists(`made/fresh${n}.json`)).toBe(false)
  expect(JSON.parse(ws.read(`made/renamed${n}.json`)).application_name).toBe('fresh')

  const renamed = page.getByTestId(`ws-file-made/renamed${n}.json`)
  // Row actions show on hover; a banner appearing above (working_dir check) can move the row away
  // from the mouse, so hover again until the click lands.
  await expect(async () => {
    await renamed.hover()
    await renamed.getByRole('button', { name: `Delete made/renamed${n}.json` }).click({ timeout: 1000 })
  }).toPass()
  await page.getByTestId('confirm-ok').click()
  await expect(renamed).toBeHidden()
  expect(ws.exists(`made/renamed${n}.json`)).toBe(false)
  expect(ws.list('.studio/trash').some((name) => name.endsWith(`renamed${n}.json`))).toBe(true)
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await shotBothThemes(page, 'workspace-empty')
})

test('a new config from the header is saved into the workspace, then tracked like any workspace file', async ({
  page,
}) => {
  await gotoStudio(page, NO_ENGINE_PORT)
  await page.getByTestId('new-config').click()
  const dialog = page.getByTestId('new-config-dialog')
  await dialog.locator('input[name="application_name"]').fill('header_new')
  await dialog.locator('input[name="working_dir"]').fill('/tmp')
  await dialog.getByRole('button', { name: 'Create config' }).click()
  await expect(page.getByTestId('file-name')).toContainText('header_new.json')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('ws-file-header_new.json')).toHaveAttribute('aria-selected', 'true')
  expect(JSON.parse(ws.read('header_new.json'))).toEqual({
    application_name: 'header_new',
    working_dir: '/tmp',
    jobs: [],
  })
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  // Tracked from now on: another program's change is noticed.
  ws.write('header_new.json', config('header_new', [{ id: 'from_vim' }]))
  await expect(page.getByTestId('external-change')).toBeVisible()
})

test('when the server is gone, Save says so clearly and nothing is lost', async ({ page }) => {
  ws.write('offline.json', config('offline', [{ id: 'a', description: 'Online' }]))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'offline.json')
  await editText(page, 'Online', 'Typed while offline')
  await page.route('**/api/**', (route) => route.abort('connectionrefused'))
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('toast-error')).toContainText('does not answer')
  await expect(page.getByTestId('server-unreachable')).toBeVisible()
  await expect(page.getByTestId('dirty-dot')).toBeVisible()
  expect(await storeText(page)).toContain('Typed while offline')
  expect(ws.read('offline.json')).toContain('Online')
  // Back again: the same save goes through.
  await page.unroute('**/api/**')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('offline.json')).toContain('Typed while offline')
  await expect(page.getByTestId('server-unreachable')).toBeHidden()
})

test('a working_dir that does not exist on the server machine is reported beside the diagnostics', async ({
  page,
}) => {
  ws.write('nowhere.json', config('nowhere', [{ id: 'a' }], '/definitely/not/here'))
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'nowhere.json')
  await expect(page.getByTestId('working-dir-problem')).toContainText('/definitely/not/here')
  await shotBothThemes(page, 'working-dir-banner')
  await editText(page, '/definitely/not/here', '/tmp')
  await expect(page.getByTestId('working-dir-problem')).toBeHidden()
})

test('canvas positions live in the server layout sidecar, never in the config', async ({ page }) => {
  ws.write('placed.json', config('placed', [{ id: 'a' }, { id: 'b', dependencies: ['a'] }]))
  ws.write('auto.json', config('auto', [{ id: 'p' }, { id: 'q', dependencies: ['p'] }]))
  const before = ws.read('auto.json')
  await gotoStudio(page, NO_ENGINE_PORT)
  const api = `http://127.0.0.1:${NO_ENGINE_PORT}/api/files`
  const stored = { direction: 'LR', positions: { a: { x: 111, y: 222 }, b: { x: 555, y: 222 } } }
  expect((await page.request.put(`${api}/placed.json/layout`, { data: { layout: stored } })).ok()).toBe(true)
  await openFromTree(page, 'placed.json')
  await expect.poll(() => page.evaluate(() => window.__studio!.positions())).toEqual(stored.positions)

  // A file without a layout is arranged automatically, and that arrangement is written to the server.
  await openFromTree(page, 'auto.json')
  await expect
    .poll(async () =>
      Object.keys(
        (await (await page.request.get(`${api}/auto.json/layout`)).json()).layout.positions ?? {},
      ).sort(),
    )
    .toEqual(['p', 'q'])
  expect(ws.read('auto.json')).toBe(before)
})

test('without an engine, run actions are disabled and say how to configure one', async ({
  page,
  request,
}) => {
  const info = await (await request.get(`http://127.0.0.1:${NO_ENGINE_PORT}/api/info`)).json()
  expect(info.engine).toBeNull()
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'pipeline.json')
  await expect(page.getByTestId('dry-run')).toBeDisabled()
  await expect(page.getByTestId('run')).toBeDisabled()
  await page.getByTestId('dry-run').hover({ force: true })
  await expect(page.getByRole('tooltip')).toContainText(info.engine_hint)
})

test('served statically (no server), the app works with browser files and shows no workspace', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()))
  page.on('pageerror', (err) => errors.push(err.message))
  // What a static host (vite preview, a file server with SPA fallback) answers for /api/info.
  await page.route('**/api/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html></html>' }),
  )
  await page.goto(`http://127.0.0.1:${NO_ENGINE_PORT}/`)
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'local.json',
    mimeType: 'application/json',
    buffer: Buffer.from(config('local', [{ id: 'x' }])),
  })
  await expect(page.getByTestId('file-name')).toContainText('local.json')
  await expect(page.getByTestId('node-x')).toBeVisible()
  await expect(page.getByTestId('workspace-tree')).toHaveCount(0)
  await expect(page.getByTestId('engine-actions')).toHaveCount(0)
  expect(errors).toEqual([])
})
