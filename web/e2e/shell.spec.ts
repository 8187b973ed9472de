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
