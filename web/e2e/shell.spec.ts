import { expect, test } from '@playwright/test'

test('the built app loads without console errors and shows the application shell', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text())
  })
  page.on('pageerror', (err) => problems.push(err.message))
  await page.goto('/')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await expect(page.getByText('Executioner Studio').first()).toBeVisible()
  expect(problems).toEqual([])
})

test('with no file open the status bar says so and counts no problems', async ({ page }) => {
  await page.goto('/')
  const status = page.getByTestId('status-bar')
  await expect(status).toContainText('No file open')
  await expect(status.getByTestId('problems-status')).toHaveCount(0)
})
