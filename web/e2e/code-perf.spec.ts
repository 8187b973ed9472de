import { expect, test } from '@playwright/test'
import { openConfig, placeCursorAfter, storeText, watchKeyToRender } from './code-helpers'

/** A 200-job release-like pipeline of about 100 KB: chained sqlplus jobs with post-checks. */
function bigConfig(): string {
  const jobs = Array.from({ length: 200 }, (_, i) => {
    const id = `PR_${String(100000 + i)}`
    return {
      id,
      description: `Running ${id}.sql against the release schema, step ${i + 1} of 200`,
      command: `sqlplus /nolog @${id}.sql $(authlookup -u uii0@uiis03 -p) # Run as uii0`,
      timeout: 3600,
      post_checks: [
        {
          name: 'check_no_ora_errors',
          params: { log_file: `/dba_work_area/PRs/96.0/logs/uiis03/*${id}*.log` },
        },
      ],
      dependencies: i === 0 ? [] : [`PR_${String(100000 + i - 1)}`],
    }
  })
  return JSON.stringify({ application_name: 'release_96', working_dir: '/tmp/release', jobs }, null, 2) + '\n'
}

test('with a 200-job (~100 KB) config, typing stays smooth and the job list follows within 250 ms', async ({
  page,
}) => {
  const text = bigConfig()
  expect(text.length).toBeGreaterThan(90_000)
  await page.goto('/')
  await openConfig(page, 'release.json', text)
  await expect(page.getByTestId('job-item-PR_100000')).toBeVisible()

  await placeCursorAfter(page, '"PR_100000"')
  await page.keyboard.press('ArrowLeft')
  // Only what typing causes counts (not the canvas laying out the file it just opened).
  await page.waitForTimeout(1500)
  // Keystrokes: the main thread must never block long enough for a person to notice.
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] }
    w.__longTasks = []
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, duration: e.duration })),
    )
    observer.observe({ type: 'longtask' })
  })
  const rendered = await watchKeyToRender(page, '[data-testid="job-item-PR_100000_hotfix"]')
  const started = Date.now()
  await page.keyboard.type('_hotfix', { delay: 30 })
  const typingMs = Date.now() - started
  const ms = await rendered()
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  )
  const longTasks = tasks.map((t) => t.duration)
  test.info().annotations.push({
    type: 'perf',
    description: `typing 7 keys: ${typingMs} ms; list updated ${Math.round(ms)} ms after the last key; long tasks: ${longTasks.map(Math.round).join(', ') || 'none'}`,
  })
  expect(ms).toBeLessThan(250)
  // Each keystroke reaches the store at once, but the views' update (parse, canvas, list) runs after
  // the keystroke has painted and the diagnostics after a pause: no such task may block for long.
  // (Measured here at 50-70 ms on an idle machine; the CI box is shared, hence the margin.)
  expect(Math.max(0, ...longTasks)).toBeLessThan(250)
  console.log(test.info().annotations.at(-1)?.description)
  expect(await storeText(page)).toContain('"id": "PR_100000_hotfix"')
})
