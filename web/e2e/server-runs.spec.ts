/**
 * The control room in the browser, against the real Studio server and the stand-in engine executing
 * each config like the real one (server/tests/standin_engine.py): live job states on the cards and in
 * the run panel, the status bar's progress, a job's log and tries from its card, the timeline, cancel,
 * mark-success and resume — and a past run from the engine's recorded v8 history.
 */
import { expect, test, type Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { collectErrors } from './support/studio'
import { ENGINE_PORT, NO_ENGINE_PORT, sharedHistoryDb } from './server/paths'
import {
  config,
  disk,
  engineArgv,
  gotoStudio,
  openFromTree,
  requireServer,
  shotBothThemes,
} from './server/support'

requireServer()
const ws = disk(ENGINE_PORT)

let errors: string[]
test.beforeEach(({ page }) => {
  errors = collectErrors(page)
})
test.afterEach(() => expect(errors).toEqual([]))

const card = (page: Page, id: string) => page.getByTestId(`node-${id}`)
const row = (page: Page, id: string) => page.getByTestId('run-jobs').locator(`[data-job="${id}"]`)
/** The state of a job as both the canvas card and the run panel's row show it. */
async function expectState(page: Page, id: string, state: string) {
  await expect(row(page, id)).toHaveAttribute('data-state', state, { timeout: 20_000 })
  await expect(card(page, id)).toHaveAttribute('data-run-state', state)
}

async function startRun(page: Page, file: string) {
  await openFromTree(page, file)
  await page.getByTestId('run').click()
  await page.getByTestId('run-start').click()
}

test('a streamed run colours the cards in order; a failed job’s log and tries open from its card; the timeline has a bar per try', async ({
  page,
}) => {
  ws.write(
    'cards.json',
    config('cards', [
      { id: 'first', command: 'sleep 1' },
      { id: 'second', command: 'sleep 1', dependencies: ['first'] },
      { id: 'broken', command: 'echo broken-output; exit 3', dependencies: ['second'] },
      { id: 'after', dependencies: ['broken'] },
    ]).replace(
      '"command": "echo broken-output; exit 3"',
      '"command": "echo broken-output; exit 3", "max_retries": 1, "retry_delay": 1',
    ),
  )
  await gotoStudio(page, ENGINE_PORT)
  await startRun(page, 'cards.json')
  const progress = page.getByTestId('run-progress')

  await expectState(page, 'first', 'running')
  await expect(card(page, 'second')).toHaveAttribute('data-run-state', 'queued')
  await expect(card(page, 'after')).toHaveAttribute('data-run-state', 'queued')
  // The first run of an application has no durations to estimate from.
  await expect(progress).toContainText('/4 jobs')
  await expect(progress).toContainText('ETA unknown')

  await expectState(page, 'second', 'running')
  await expect(card(page, 'first')).toHaveAttribute('data-run-state', 'succeeded')
  await expectState(page, 'broken', 'retrying')
  await expect(row(page, 'broken')).toContainText('retry 1/1')
  await expect(progress).toContainText('2/4 jobs')
  await shotBothThemes(page, 'run-in-progress')

  await expect(page.getByTestId('run-status')).toHaveText('FAILED', { timeout: 20_000 })
  await expectState(page, 'broken', 'failed')
  await expectState(page, 'after', 'skipped')
  await expect(progress).toContainText('FAILED · 4/4 jobs')

  // A click on the failed card: its state, its two tries and the output lines about it.
  await page.getByTestId('engine-panel-toggle').click()
  await card(page, 'broken').click()
  const section = page.getByTestId('job-run-section')
  await expect(section).toHaveAttribute('data-state', 'failed')
  await expect(section.getByTestId('job-run-tries').getByRole('listitem')).toHaveCount(2)
  await expect(section.getByTestId('job-run-tries')).toContainText('try 2')
  const lines = section.getByTestId('job-run-lines')
  await expect(lines).toContainText('Will retry job broken in 1 seconds (attempt 1/1)')
  await expect(lines).toContainText('Job broken failed after 2 attempts.')
  await expect(lines).not.toContainText("Starting job 'first'")
  await shotBothThemes(page, 'run-job-log')

  // The timeline: one bar per try, the retry wait between broken's two tries.
  await page.getByTestId('engine-panel-toggle').click()
  await page.getByTestId('run-timeline-open').click()
  const timeline = page.getByTestId('run-timeline')
  await expect(timeline.getByTestId('timeline-bar')).toHaveCount(4)
  const broken = timeline.locator('[data-testid="timeline-row"][data-job="broken"]')
  await expect(broken.getByTestId('timeline-bar')).toHaveCount(2)
  await expect(broken.getByTestId('timeline-wait')).toHaveCount(1)
  await expect(timeline.getByTestId('timeline-tick').first()).toBeVisible()
  await broken.getByTestId('timeline-bar').nth(1).hover()
  await expect(page.getByTestId('timeline-hover')).toContainText('broken try 2: FAILED')
  // The run just ended is in the engine's history: the duration trend shows it.
  await expect(page.getByTestId('duration-trend').locator('[data-job="broken"]')).toBeVisible()
  await shotBothThemes(page, 'run-timeline-live')
})

test('mark success on a failed job, then resume the run from the UI: the engine gets the right command lines', async ({
  page,
}) => {
  ws.write(
    'resume.json',
    config('resume_demo', [
      { id: 'prep' },
      { id: 'broken', command: 'exit 3', dependencies: ['prep'] },
      { id: 'tail', dependencies: ['broken'] },
    ]),
  )
  await gotoStudio(page, ENGINE_PORT)
  await startRun(page, 'resume.json')
  await expect(page.getByTestId('run-status')).toHaveText('FAILED', { timeout: 20_000 })
  const engineRun = Number(
    /engine run (\d+)/.exec((await page.getByTestId('run-log').textContent()) ?? '')?.[1],
  )
  expect(engineRun).toBeGreaterThan(0)

  await row(page, 'broken').getByTestId('mark-success-broken').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('Mark broken as successful?')
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('run-control-message').first()).toContainText(
    `Marked 1 job as SUCCESS in run ${engineRun}.`,
  )
  expect(engineArgv(ENGINE_PORT).at(-1)).toEqual(
    expect.arrayContaining(['--mark-success', '-r', String(engineRun), '--jobs=broken']),
  )
  // The canvas now shows what the engine's history says: broken marked successful.
  await expect(card(page, 'broken')).toHaveAttribute('data-run-state', 'succeeded')
  await expect(page.getByTestId('run-progress')).toContainText(`History run ${engineRun}`)

  await page.getByTestId('run-resume-failed-only').check()
  await page.getByTestId('run-resume').click()
  await expect(page.getByTestId('run-status')).toHaveText('SUCCESS', { timeout: 20_000 })
  expect(engineArgv(ENGINE_PORT).at(-1)).toEqual(
    expect.arrayContaining(['--resume-from', String(engineRun), '--resume-failed-only']),
  )
  // The resumed run skipped what had succeeded (broken included, marked) and ran the rest.
  await expectState(page, 'prep', 'skipped')
  await expectState(page, 'broken', 'skipped')
  await expectState(page, 'tail', 'succeeded')
})

test('the second run of an application shows an ETA from the first one’s durations', async ({ page }) => {
  ws.write(
    'eta.json',
    config('eta_demo', [
      { id: 'one', command: 'sleep 1' },
      { id: 'two', command: 'sleep 2', dependencies: ['one'] },
    ]),
  )
  await gotoStudio(page, ENGINE_PORT)
  await startRun(page, 'eta.json')
  const progress = page.getByTestId('run-progress')
  await expect(progress).toContainText('ETA unknown')
  await expect(page.getByTestId('run-status')).toHaveText('SUCCESS', { timeout: 20_000 })

  await page.getByTestId('run').click()
  await page.getByTestId('run-start').click()
  await expectState(page, 'one', 'running')
  // one ~1 s and two ~2 s last time: a few seconds left, whatever the machine's pace.
  await expect(progress).toContainText(/ETA \d/)
  await expect(page.getByTestId('run-status')).toHaveText('SUCCESS', { timeout: 20_000 })
  await expect(progress).not.toContainText('ETA')
})

test('Cancel asks first, says "Cancelling…" until every process is gone (one ignores SIGTERM), then "Cancelled"; a second run of a running config is refused', async ({
  page,
}) => {
  ws.write(
    'stubborn.json',
    config('stubborn', [
      { id: 'stubborn', command: "trap '' TERM; sleep 60" },
      { id: 'next', dependencies: ['stubborn'] },
    ]),
  )
  await gotoStudio(page, ENGINE_PORT)
  await startRun(page, 'stubborn.json')
  await expectState(page, 'stubborn', 'running')

  await page.getByTestId('run').click()
  await page.getByTestId('run-start').click()
  await expect(page.getByTestId('run-error')).toContainText('already')
  await expect(page.getByTestId('run-status')).toHaveText('RUNNING')

  await page.getByTestId('run-cancel').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('Cancel this run?')
  await page.getByTestId('confirm-ok').click()
  const status = page.getByTestId('run-cancel-status').first()
  await expect(status).toContainText('Cancelling…')
  await shotBothThemes(page, 'run-cancelling')
  await expect(page.getByTestId('run-status')).toHaveText('CANCELLED', { timeout: 30_000 })
  await expect(status).toContainText('Cancelled: the engine and its jobs are stopped')
  await expect(status).toContainText('ignored SIGTERM and were killed')
  await expectState(page, 'stubborn', 'cancelled')
  await expectState(page, 'next', 'cancelled')
})

test.describe('a past run from the engine’s recorded history (v8)', () => {
  const demo = join(dirname(sharedHistoryDb()), '..', 'transcripts', 'demo_failures.json')
  test.skip(
    !existsSync(sharedHistoryDb()) || !existsSync(demo),
    `${sharedHistoryDb()} is absent: the engine's recorded history (../shared/executioner) is needed`,
  )

  test('its timeline has a bar per try and the flaky job’s retry waits; shown on the canvas, a post-check failure is failed', async ({
    page,
  }) => {
    disk(NO_ENGINE_PORT).write('demo_failures.json', readFileSync(demo, 'utf8'))
    await gotoStudio(page, NO_ENGINE_PORT)
    await openFromTree(page, 'demo_failures.json')
    await page.getByTestId('engine-panel-toggle').click()
    await page.getByTestId('engine-tab-history').click()
    await page.getByTestId('history-runs').locator('[data-run="4"] button').click()
    await page.getByTestId('history-timeline').click()

    const timeline = page.getByTestId('run-timeline')
    // Run 4: prepare, slow (timed out), checked (post-check), flaky (3 tries).
    await expect(timeline.getByTestId('timeline-bar')).toHaveCount(6)
    const flaky = timeline.locator('[data-testid="timeline-row"][data-job="flaky"]')
    await expect(flaky.getByTestId('timeline-bar')).toHaveCount(3)
    await expect(flaky.getByTestId('timeline-wait')).toHaveCount(2)
    await expect(flaky).toHaveAttribute('data-critical', 'true')
    await expect(timeline.locator('[data-job="slow"] [data-testid="timeline-bar"]')).toHaveAttribute(
      'data-status',
      'TIMEOUT',
    )
    await expect(page.getByTestId('duration-trend').getByTestId('trend-row').first()).toBeVisible()
    await shotBothThemes(page, 'run-timeline-history')

    await page.getByTestId('engine-tab-history').click()
    await page.getByTestId('history-runs').locator('[data-run="4"] button').click()
    await page.getByTestId('history-show-on-canvas').click()
    await expect(page.getByTestId('run-progress')).toContainText('History run 4 (FAILED) on the canvas')
    await expect(card(page, 'prepare')).toHaveAttribute('data-run-state', 'succeeded')
    await expect(card(page, 'slow')).toHaveAttribute('data-run-state', 'timed_out')
    await expect(card(page, 'checked')).toHaveAttribute('data-run-state', 'failed')
    await expect(card(page, 'report')).toHaveAttribute('data-run-state', 'skipped')
    await page.getByTestId('engine-panel-toggle').click()
    await card(page, 'checked').click()
    await expect(page.getByTestId('job-run-section')).toContainText(
      'post-check failed (the engine recorded SUCCESS)',
    )
  })
})
