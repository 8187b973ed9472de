import { expect, test } from '@playwright/test'

test('the built app loads without console errors and shows the application shell', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (msg) => {
    // Served statically (no server), the app's probe of the workspace API fails by design.
    if (msg.type() === 'error' && !msg.location().url.includes('/api/')) problems.push(msg.text())
  })
  page.on('pageerror', (err) => problems.push(err.message))
  await page.goto('/')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await expect(page.getByText('Executioner Studio').first()).toBeVisible()
  expect(problems).toEqual([])
})
