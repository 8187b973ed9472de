/**
 * The engine bridge in the browser, against the real Studio server running the stand-in engine
 * (server/tests/standin_engine.py, executing each config like the real engine: its output formats,
 * run order, exit codes and history rows).
 */
import { expect, test } from '@playwright/test'
import { existsSync } from 'node:fs'
import { ENGINE_PORT, NO_ENGINE_PORT, sharedHistoryDb } from './server/paths'
import {
  config,
  disk,
  editText,
  gotoStudio,
  openFromTree,
  requireServer,
  SHOTS,
  shotBothThemes,
} from './server/support'

requireServer()
const ws = disk(ENGINE_PORT)

test('dry-run shows the engine verdict and its plan; unsaved changes are saved first', async ({ page }) => {
  await gotoStudio(page, ENGINE_PORT)
  await openFromTree(page, 'pipeline.json')
  await editText(page, 'Load it', 'Load it twice')
  await page.getByTestId('dry-run').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('Save before the dry-run?')
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('dirty-dot')).toBeHidden()
  expect(ws.read('pipeline.json')).toContain('Load it twice')
  const verdict = page.getByTestId('dry-run-verdict')
  await expect(verdict.getByTestId('dry-run-outcome')).toContainText('The engine accepts this config')
  await expect(verdict.getByTestId('dry-run-outcome')).toContainText('exit code 0')
  await expect(verdict.getByTestId('dry-run-outcome')).toContainText('SEQUENTIAL')
  const plan = verdict.getByTestId('dry-run-plan')
  await expect(plan.getByRole('listitem')).toHaveCount(2)
  await expect(plan.getByRole('listitem').nth(1)).toContainText('load')
  await expect(plan.getByRole('listitem').nth(1)).toContainText('Load it twice')
  await expect(plan.getByRole('listitem').nth(1)).toContainText('after extract')
  await shotBothThemes(page, 'dry-run-verdict')
})

test("a config the engine refuses shows the engine's messages", async ({ page }) => {
  ws.write(
    'cycle.json',
    config('cycle', [
      { id: 'a', dependencies: ['b'] },
      { id: 'b', dependencies: ['a'] },
    ]),
  )
  await gotoStudio(page, ENGINE_PORT)
  await openFromTree(page, 'cycle.json')
  await page.getByTestId('dry-run').click()
  await expect(page.getByTestId('dry-run-outcome')).toContainText('The engine refuses this config')
  await expect(page.getByTestId('dry-run-outcome')).toContainText('exit code 1')
  await expect(page.getByTestId('dry-run-messages')).toContainText('Circular dependencies detected')
})

test('a run streams its output lines and job statuses, and ends with its status', async ({ page }) => {
  ws.write(
    'flow.json',
    config('flow', [
      { id: 'first', command: 'sleep 1' },
      { id: 'will_fail', command: 'exit 3', dependencies: ['first'] },
      { id: 'after', dependencies: ['will_fail'] },
    ]),
  )
  await gotoStudio(page, ENGINE_PORT)
  await openFromTree(page, 'flow.json')
  await page.getByTestId('run').click()
  const dialog = page.getByTestId('run-dialog')
  await dialog.getByText('Sequential').click()
  await dialog.getByLabel('Continue on error').check()
  await dialog.getByLabel('Environment overrides').fill('STAGE=test')
  await shotBothThemes(page, 'run-dialog')
  await dialog.getByTestId('run-start').click()
  const log = page.getByTestId('run-log')
  await expect(log.getByTestId('run-status')).toHaveText('RUNNING')
  await expect(log.getByTestId('run-lines')).toContainText("Starting job 'first'")
  await expect(log.getByTestId('run-status')).toHaveText('FAILED', { timeout: 20_000 })
  await expect(log.getByTestId('run-jobs').locator('[data-state="succeeded"]')).toContainText('first')
  await expect(log.getByTestId('run-jobs').locator('[data-state="failed"]')).toContainText('will_fail')
  await expect(log.getByTestId('run-lines')).toContainText(
    /Updated run summary for run ID: \d+ with status: FAILED/,
  )
  await expect(log).toContainText(/engine run \d+/)
  await expect(log.getByTestId('run-cancel')).toBeHidden()
  await shotBothThemes(page, 'run-log')
  // The options reached the engine's command line.
  const runs = await (await page.request.get(`http://127.0.0.1:${ENGINE_PORT}/api/runs`)).json()
  expect(runs.runs[0].command).toEqual(
    expect.arrayContaining(['--sequential', '--continue-on-error', '--env', 'STAGE=test']),
  )
})

test('a running run survives a page reload and can be cancelled', async ({ page }) => {
  ws.write('hang.json', config('hang', [{ id: 'wait', command: 'sleep 120' }]))
  await gotoStudio(page, ENGINE_PORT)
  await openFromTree(page, 'hang.json')
  await page.getByTestId('run').click()
  await page.getByTestId('run-start').click()
  await expect(page.getByTestId('run-lines')).toContainText("Starting job 'wait'")
  // Runs outlive the tab: after a reload the run and its output so far are shown again.
  await page.reload()
  await expect(page.getByTestId('run-status')).toHaveText('RUNNING')
  await expect(page.getByTestId('run-lines')).toContainText("Starting job 'wait'")
  await page.getByTestId('run-cancel').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('Cancel this run?')
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('run-status')).toHaveText('CANCELLED', { timeout: 20_000 })
})

test("History lists the engine's runs newest first, filters by application, and shows a run's per-attempt statuses", async ({
  page,
}) => {
  test.skip(
    !existsSync(sharedHistoryDb()),
    `${sharedHistoryDb()} is absent: the engine's recorded history (../shared/executioner) is needed`,
  )
  await gotoStudio(page, NO_ENGINE_PORT)
  await openFromTree(page, 'pipeline.json')
  await page.getByTestId('engine-panel-toggle').click()
  await page.getByTestId('engine-tab-history').click()
  const list = page.getByTestId('history-runs')
  const ids = (await list.getByRole('button').allTextContents()).map((t) => Number(/#(\d+)/.exec(t)?.[1]))
  expect(ids.length).toBeGreaterThan(1)
  expect(ids).toEqual([...ids].sort((a, b) => b - a))

  await page.getByTestId('history-application').selectOption('demo_failures')
  await expect(list.getByRole('button').first()).toContainText('demo_failures')
  for (const text of await list.getByRole('button').allTextContents()) expect(text).toContain('demo_failures')

  await list.locator('[data-run="2"] button').click()
  const details = page.getByTestId('history-details')
  await expect(details).toContainText('#2 demo_failures')
  // The job row says FAILED; the retry history keeps that the attempt timed out.
  const slow = details.locator('[data-job="slow"]')
  await expect(slow).toContainText('FAILED')
  await expect(slow).toContainText('TIMEOUT')
  await shotBothThemes(page, 'run-history')
})

test('at 1024 wide the header with the engine buttons stays one line; they keep their names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await gotoStudio(page, ENGINE_PORT)
  await openFromTree(page, 'pipeline.json')
  const header = page.locator('header').first()
  await expect(header.getByRole('button', { name: 'Dry-run' })).toBeVisible()
  await expect(header.getByRole('button', { name: 'Run…' })).toBeVisible()
  expect((await header.boundingBox())!.height).toBe(48)
  for (const button of await header.getByRole('button').all()) {
    const b = (await button.boundingBox())!
    expect(b.y + b.height).toBeLessThanOrEqual(48)
    expect(b.x + b.width).toBeLessThanOrEqual(1024)
  }
  await page.screenshot({
    path: `${SHOTS}/room-1024x700-server-header.png`,
    clip: { x: 0, y: 0, width: 1024, height: 48 },
  })
})
