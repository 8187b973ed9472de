import { expect, test } from '@playwright/test'
import { fileURLToPath } from 'node:url'
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

// The canvas's room at three window sizes, light and dark: an example open, a job selected, the
// JSON and the bottom panel open (issue 12). Saved as room-<width>x<height>-<theme>.png.
test('room for the canvas at 1024, 1440 and 1920 wide, light and dark', async ({ page }) => {
  test.setTimeout(120_000)
  const errors = collectErrors(page)
  const example = fileURLToPath(new URL('../../examples/etl_pipeline.json', import.meta.url))
  for (const theme of ['light', 'dark'] as const)
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
      [1920, 1080],
    ] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await page.setViewportSize({ width, height })
      await page.goto('/')
      await page.getByTestId('open-file-input').setInputFiles(example)
      await expect(node(page, 'clean_data')).toBeVisible()
      if (!(await page.locator('#problems-panel').count())) await page.keyboard.press('Control+Shift+M')
      await node(page, 'clean_data').click()
      await expect(page.getByTestId('inspector-subject')).toContainText('clean_data')
      await expect(page.locator('#problems-panel')).toBeVisible()
      const canvas = (await page.getByTestId('canvas').boundingBox())!
      expect(canvas.width).toBeGreaterThanOrEqual(width / 2)
      const editorReady = page.locator('[data-testid="json-editor"][data-ready]')
      if (width > 1024) await expect(editorReady).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/room-${width}x${height}-${theme}.png` })
      if (width > 1024) continue
      // No room to dock the JSON: it waits on the rail and opens over the canvas as a drawer.
      await page.getByTestId('rail-json').click()
      await expect(editorReady).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/room-${width}x${height}-${theme}-json-drawer.png` })
    }
  expect(errors).toEqual([])
})
