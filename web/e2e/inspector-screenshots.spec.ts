/**
 * Screenshots of the inspector in its main states (light and dark), for review by eye, plus the
 * checks a reviewer would make: nothing overflows the panel horizontally and no console errors.
 */
import { expect, test, type Page } from '@playwright/test'
import { DEMO, SHOTS, openAppSettings, openText, selectJob, watchErrors } from './inspector-support'

const RICH = DEMO.replace(
  '"dependencies": ["extract"]',
  `"dependencies": ["extract", "ghost"],
      "max_retries": 2,
      "retry_on_status": ["FAILED", "TIMEOUT"],
      "env_variables": { "OUT": "\${RAW}/out", "BAD": "\${NOPE}" },
      "post_checks": [{ "name": "check_no_ora_errors", "params": { "log_file": "logs/*.log" } }]`,
).replace(
  '"custom_thing": 1,',
  '"custom_thing": 1,\n  "security_policy": "strict",\n  "email_address": ["ops@example.com"],',
)

/** Screenshot the inspector at each section, scrolling its own pane. */
async function shootSections(page: Page, prefix: string) {
  const panel = page.getByTestId('inspector')
  const sections = panel.locator('details')
  const count = await sections.count()
  await panel
    .locator('.overflow-y-auto')
    .first()
    .evaluate((el) => el.scrollTo({ top: 0 }))
  await panel.screenshot({ path: `${SHOTS}/${prefix}-top.png` })
  for (let i = 0; i < count; i += 2) {
    await sections.nth(i).scrollIntoViewIfNeeded()
    await sections.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await panel.screenshot({ path: `${SHOTS}/${prefix}-${i}.png` })
  }
  // Nothing sticks out sideways: the form fits the panel.
  const overflow = await panel.evaluate((el) => {
    const scroller = el.querySelector('.overflow-y-auto') as HTMLElement
    return scroller.scrollWidth - scroller.clientWidth
  })
  expect(overflow).toBeLessThanOrEqual(0)
}

for (const theme of ['light', 'dark'] as const) {
  test(`inspector screenshots (${theme})`, async ({ page }) => {
    const errors = watchErrors(page)
    await page.goto('/')
    await openText(page, RICH, 'rich.json')
    if (theme === 'dark') {
      await page.getByTestId('theme-toggle').click()
      await expect(page.locator('html')).toHaveClass(/dark/)
    }
    await selectJob(page, 'transform')
    await expect(page.getByTestId('form-problems')).toContainText('ghost')
    await shootSections(page, `inspector-job-${theme}`)
    await selectJob(page, 'extract')
    await page.getByTestId('add-dependency').click()
    await expect(page.getByTestId('dependency-options')).toContainText('would close the cycle')
    await page.getByTestId('inspector').screenshot({ path: `${SHOTS}/inspector-picker-${theme}.png` })
    await page.keyboard.press('Escape')
    await openAppSettings(page)
    await shootSections(page, `inspector-app-${theme}`)
    expect(errors).toEqual([])
  })
}
