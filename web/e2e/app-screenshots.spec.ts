import { expect, test } from '@playwright/test'
import { collectErrors, node, openAndPlace, SHOTS } from './support/studio'

test('main states look right: empty, loaded pipeline, job selected, dark theme', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/01-empty.png` })

  await page.getByRole('button', { name: 'Or explore an example pipeline' }).click()
  await expect(page.getByTestId('node-notify_team')).toBeVisible()
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${SHOTS}/02-loaded.png` })

  await node(page, 'load_staging').click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${SHOTS}/03-selected.png` })

  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.waitForTimeout(200)
  await page.screenshot({ path: `${SHOTS}/04-dark.png` })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.waitForTimeout(200)
  await page.screenshot({ path: `${SHOTS}/05-dark-1280.png` })
  void openAndPlace
  expect(errors).toEqual([])
})
