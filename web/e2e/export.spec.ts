import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { collectErrors, fixtureText, node, openAndPlace, positions, SHOTS } from './support/studio'

const MERMAID_JS = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')

/** Open a config given as an object, through the file input as the Open button does. */
async function openConfig(page: Page, name: string, config: unknown) {
  const buffer = Buffer.from(JSON.stringify(config, null, 2))
  await page.getByTestId('open-file-input').setInputFiles({ name, mimeType: 'application/json', buffer })
  await expect(page.getByTestId('file-name')).toContainText(name)
}

/** Choose an entry of the Export menu and return the downloaded file. */
async function exportAs(page: Page, entry: RegExp) {
  await page.getByTestId('export-menu').click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: entry }).click()
  const file = await downloading
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

const translations = (svg: string) =>
  new Map(
    [...svg.matchAll(/<g class="job" data-id="([^"]*)" transform="translate\(([-\d.]+),([-\d.]+)\)">/g)].map(
      (m) => [m[1]!, { x: Number(m[2]), y: Number(m[3]) }],
    ),
  )

test('the Export menu downloads the whole graph as it is laid out, as SVG and PNG, light or dark', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'left', 'middle', 'right', 'finish'])
  // Move one card: the picture shows it where the user put it.
  const box = (await node(page, 'right').boundingBox())!
  await page.mouse.move(box.x + 60, box.y + 20)
  await page.mouse.down()
  await page.mouse.move(box.x + 60, box.y + 220, { steps: 8 })
  await page.mouse.up()
  const placed = await positions(page)

  const svg = await exportAs(page, /SVG picture/)
  expect(svg.name).toBe('fan.svg')
  const text = svg.bytes.toString('utf8')
  const cards = translations(text)
  expect([...cards.keys()].sort()).toEqual(['finish', 'left', 'middle', 'right', 'start'])
  const fan = JSON.parse(fixtureText('fan.json')) as { jobs: { dependencies?: string[] }[] }
  const dependencies = fan.jobs.reduce((n, j) => n + (j.dependencies?.length ?? 0), 0)
  expect(text.match(/<path class="dependency"/g)).toHaveLength(dependencies)
  for (const id of ['left', 'middle', 'right', 'finish']) {
    expect(cards.get(id)!.x - cards.get('start')!.x).toBeCloseTo(placed[id]!.x - placed.start!.x)
    expect(cards.get(id)!.y - cards.get('start')!.y).toBeCloseTo(placed[id]!.y - placed.start!.y)
  }
  expect(text).toContain('fill="#f8fafc"') // light background

  const png = await exportAs(page, /PNG picture/)
  expect(png.name).toBe('fan.png')
  expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  const width = Number(/ width="(\d+)"/.exec(text)![1])
  const height = Number(/ height="(\d+)"/.exec(text)![1])
  expect(png.bytes.readUInt32BE(16)).toBe(width * 2)
  expect(png.bytes.readUInt32BE(20)).toBe(height * 2)

  await page.getByTestId('export-menu').click()
  await page.getByRole('menuitemradio', { name: 'Dark background' }).click()
  await expect(page.getByRole('menuitemradio', { name: 'Dark background' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await page.screenshot({ path: `${SHOTS}/export-menu-light.png` })
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /SVG picture/ }).click()
  const dark = readFileSync((await (await downloading).path())!, 'utf8')
  expect(dark).toContain('fill="#020617"')
  expect(translations(dark).size).toBe(5)
  expect(errors).toEqual([])
})

test('Mermaid export renders in Chromium with the real Mermaid library, whatever the ids', async ({
  page,
  context,
}) => {
  const ids = [
    'load data',
    'say "hi"',
    'end',
    'graph',
    'x-ray',
    'o-ring',
    'données_été',
    'a#quot;b',
    '<b>&amp;</b>',
    '日本',
  ]
  const config = {
    working_dir: '/tmp',
    jobs: ids.map((id, i) => ({
      id,
      command: 'true',
      ...(i > 0 ? { dependencies: [ids[i - 1], ...(i > 2 ? [ids[0]] : [])] } : {}),
    })),
  }
  const dependencies = config.jobs.reduce((n, j) => n + (j.dependencies?.length ?? 0), 0)
  await page.goto('/')
  await openConfig(page, 'odd ids.json', config)
  await expect(node(page, 'end')).toBeVisible()
  const mermaid = await exportAs(page, /Mermaid/)
  expect(mermaid.name).toBe('odd ids.mmd')

  const render = await context.newPage()
  await render.setContent('<!doctype html><html><body></body></html>')
  await render.addScriptTag({ path: MERMAID_JS })
  const drawn = await render.evaluate(async (text) => {
    const m = (
      window as unknown as {
        mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> }
      }
    ).mermaid
    m.initialize({ startOnLoad: false })
    const { svg } = await m.render('graph', text)
    document.body.innerHTML = svg
    return {
      nodes: document.querySelectorAll('g.node').length,
      edges: document.querySelectorAll('.edgePaths path, path.flowchart-link').length,
      labels: Array.from(document.querySelectorAll('g.node .nodeLabel'), (l) => l.textContent),
    }
  }, mermaid.bytes.toString('utf8'))
  expect(drawn.nodes).toBe(ids.length)
  expect(drawn.edges).toBe(dependencies)
  expect(drawn.labels.sort()).toEqual([...ids].sort())
})

test('Airflow export downloads a DAG, and refuses a config the engine refuses', async ({ page }) => {
  await page.goto('/')
  await openAndPlace(page, 'fan.json', ['start', 'finish'])
  const dag = await exportAs(page, /Airflow DAG/)
  expect(dag.name).toBe('fan_demo.py')
  const text = dag.bytes.toString('utf8')
  expect(text.match(/= BashOperator\(/g)).toHaveLength(5)
  expect(text).toContain('[tasks["left"], tasks["middle"], tasks["right"]] >> tasks["finish"]')

  await openConfig(page, 'refused.json', {
    working_dir: '/tmp',
    jobs: [{ id: 'a', command: 'true', dependencies: ['missing'] }],
  })
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.getByTestId('export-menu').click()
  await page.getByRole('menuitem', { name: /Airflow DAG/ }).click()
  await expect(page.getByText(/Not exported: the engine refuses this config \(1 error/)).toBeVisible()
  await expect(page.getByText(/missing/).first()).toBeVisible()
  expect(downloaded).toBe(false)
})
