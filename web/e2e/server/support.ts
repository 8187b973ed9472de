/** Helpers for the browser tests against the real Studio server (playwright.server.config.ts). */
import { expect, test, type Page } from '@playwright/test'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { workspaceDir } from './paths'
import { settled } from '../support/studio'

/** The default Playwright config also globs e2e/: these specs need the server config. */
export function requireServer() {
  test.skip(
    !process.env.STUDIO_SERVER_E2E,
    'needs the Studio server: npx playwright test -c playwright.server.config.ts',
  )
}

/** Files of the server's temporary workspace, read and written as another program would. */
export function disk(port: number) {
  const root = workspaceDir(port)
  return {
    root,
    read: (path: string) => readFileSync(join(root, path), 'utf8'),
    write(path: string, text: string) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    },
    exists: (path: string) => existsSync(join(root, path)),
    list: (folder: string) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : []),
  }
}

export const config = (
  app: string,
  jobs: { id: string; description?: string; command?: string; dependencies?: string[] }[],
  workingDir = '/tmp',
) =>
  JSON.stringify(
    {
      application_name: app,
      working_dir: workingDir,
      jobs: jobs.map((j) => ({ command: `echo ${j.id}`, ...j })),
    },
    null,
    2,
  ) + '\n'

export async function gotoStudio(page: Page, port: number) {
  await page.goto(`http://127.0.0.1:${port}/`)
  await expect(page.getByTestId('workspace-tree')).toBeVisible()
}

/** Click a file in the tree (refreshing the list first, for files written by the test). */
export async function openFromTree(page: Page, path: string) {
  await page.getByTestId('workspace-refresh').click()
  await page
    .getByTestId(`ws-file-${path}`)
    .getByRole('button', { name: path.split('/').at(-1), exact: true })
    .click()
  await expect(page.getByTestId('file-name')).toContainText(path)
}

export function storeText(page: Page): Promise<string> {
  return page.evaluate(() => window.__studio!.text())
}

/** An edit as a form makes it: through the document store's action (test-only access to Pinia). */
export async function editText(page: Page, from: string, to: string) {
  await page.evaluate(
    ([a, b]) => {
      type Store = { text: string; replaceText(next: string, label: string, origin: string): void }
      type Mounted = { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }
      const store = (
        document.querySelector('#app') as unknown as Mounted
      ).__vue_app__.config.globalProperties.$pinia._s.get('document')!
      if (!store.text.includes(a)) throw new Error(`text not found: ${a}`)
      store.replaceText(store.text.replace(a, b), 'Form edit', 'form')
    },
    [from, to] as const,
  )
  await expect(page.getByTestId('dirty-dot')).toBeVisible()
}

export const SHOTS = '/tmp/shots'

/** Screenshot in light and dark (the class the theme toggle sets; works with a dialog open). */
export async function shotBothThemes(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true })
  const setDark = (dark: boolean) =>
    page.evaluate((on) => {
      document.documentElement.classList.toggle('dark', on)
      document.documentElement.style.colorScheme = on ? 'dark' : 'light'
    }, dark)
  const wasDark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
  for (const dark of [false, true]) {
    await setDark(dark)
    await settled(page)
    await page.screenshot({ path: `${SHOTS}/${name}-${dark ? 'dark' : 'light'}.png` })
  }
  await setDark(wasDark)
}

/** Every command line the stand-in engine of the server on `port` was started with, oldest first. */
export function engineArgv(port: number): string[][] {
  const file = join(dirname(workspaceDir(port)), 'engine', 'argv.log')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { argv: string[] }).argv)
}
