import { expect, test } from '@playwright/test'
import { openConfig, placeCursorAfter, storeText } from './code-helpers'

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

// How quickly the list follows and how long the main thread blocks while typing are measured by
// `make bench` (bench/run.mjs: keystroke → canvas/list/inspector p50/p95 and the longest task, up to 2000
// jobs), not asserted here: on a busy shared CI machine a time budget in a test is flaky.
test('with a 200-job (~100 KB) config, typing a job id in the JSON renames it in the job list and the file', async ({
  page,
}) => {
  const text = bigConfig()
  expect(text.length).toBeGreaterThan(90_000)
  await page.goto('/')
  await openConfig(page, 'release.json', text)
  await expect(page.getByTestId('job-item-PR_100000')).toBeVisible()

  await placeCursorAfter(page, '"PR_100000"')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('_hotfix', { delay: 30 })
  await expect(page.getByTestId('job-item-PR_100000_hotfix')).toBeVisible()
  await expect(page.getByTestId('job-item-PR_100000')).toHaveCount(0)
  expect(await storeText(page)).toContain('"id": "PR_100000_hotfix"')
})
