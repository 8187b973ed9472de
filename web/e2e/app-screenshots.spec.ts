import { expect, test } from '@playwright/test'
import { collectErrors, node, settled, SHOTS } from './support/studio'

// Screenshots of the main states for a person to review (saved under /tmp/shots), plus the
// assertions that make each state what it claims to be.
test('main states: empty, loaded pipeline, job selected, app settings, JSON error, dark theme', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.getByTestId('empty-state')).toContainText('Drop a config file here or start a new one')
  await page.screenshot({ path: `${SHOTS}/01-empty.png` })

  await page.getByRole('button', { name: 'Or explore an example pipeline' }).click()
  await expect(node(page, 'fetch_orders')).toBeVisible()
  await settled(page)
  await page.screenshot({ path: `${SHOTS}/02-loaded.png` })

  await node(page, 'load_staging').click()
  await expect(page.getByTestId('inspector-subject')).toContainText('load_staging')
  await settled(page)
  await page.screenshot({ path: `${SHOTS}/03-selected.png` })

  await page.getByTestId('app-settings-item').click()
  await settled(page)
  await page.screenshot({ path: `${SHOTS}/04-app-settings.png` })

  await page.getByTestId('inspector-close').click()
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(',')
  await expect(page.getByTestId('syntax-banner')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/05-json-error.png` })
  await page.keyboard.press('Backspace')

  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await node(page, 'build_facts').click()
  await settled(page)
  await page.screenshot({ path: `${SHOTS}/06-dark.png` })
  await page.setViewportSize({ width: 1280, height: 800 })
  await settled(page)
  await page.screenshot({ path: `${SHOTS}/07-dark-1280.png` })
  await page.keyboard.press('Shift+?')
  await settled(page)
  await page.screenshot({ path: `${SHOTS}/08-cheatsheet.png` })
  expect(errors).toEqual([])
})
