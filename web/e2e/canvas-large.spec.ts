import { expect, test, type Page } from '@playwright/test'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../bench/generate.mjs'
import { positions } from './support/studio'

// Trace snapshots walk the whole DOM on every action: far too slow with a thousand jobs.
test.use({ trace: 'off' })

/** Ids of the job cards whose box overlaps the visible canvas pane. */
async function nodesInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.vue-flow')!.getBoundingClientRect()
    return Array.from(document.querySelectorAll<HTMLElement>('.vue-flow__node'))
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return (
          r.width > 0 &&
          r.right > pane.left &&
          r.left < pane.right &&
          r.bottom > pane.top &&
          r.top < pane.bottom
        )
      })
      .map((el) => el.dataset.id ?? '')
  })
}

// 500 fan-out: ELK centres the lone root on its tall first fan, far from the graph's top edge.
for (const [shape, count] of [
  ['fanout', 1000],
  ['fanout', 500],
  ['layered', 1000],
] as const) {
  test(`a ${count}-job ${shape} config opens on the start of its graph, cards visible at a readable zoom`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const text: string = generateConfig(shape, count)
    const jobs: { id: string; dependencies?: string[] }[] = JSON.parse(text).jobs
    // The fan-out's first job is its single root; a layered config has dozens of roots, and ELK
    // orders each layer its own way at this size, so any root will do there.
    const roots = jobs.filter((j) => !j.dependencies?.length).map((j) => j.id)
    expect(roots[0]).toBe(jobs[0]!.id)
    await page.goto('/')
    await page.getByTestId('open-file-input').setInputFiles({
      name: `${shape}-${count}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })
    // Layout (ELK in the worker) takes seconds at this size; then the view is fitted. Before the
    // fit, the default viewport happens to show the top-left cards: look only after it.
    await expect.poll(async () => Object.keys(await positions(page)).length, { timeout: 45_000 }).toBe(count)
    await page.waitForTimeout(2000)
    const rootInView = async () => {
      const ids = await nodesInView(page)
      return (
        ids.length > 1 && ids.some((id) => (shape === 'fanout' ? id === jobs[0]!.id : roots.includes(id)))
      )
    }
    await expect.poll(rootInView, { timeout: 5_000 }).toBe(true)
    const zoom = await page.evaluate(() => {
      const transform = getComputedStyle(document.querySelector('.vue-flow__transformationpane')!).transform
      return new DOMMatrix(transform).a
    })
    expect(zoom).toBeGreaterThanOrEqual(0.5)
  })
}
