import { expect, test } from '@playwright/test'
import { docJson, node, positions } from './support/studio'

/** A 200-job release-like config: a few chains that fan out and join, each job with a post-check. */
function bigConfig(count = 200) {
  const jobs = Array.from({ length: count }, (_, i) => ({
    id: `step_${i}`,
    description: `Run script ${i}`,
    command: `sqlplus /nolog @PR_${i}.sql`,
    dependencies: i === 0 ? [] : i % 10 === 0 ? [`step_${i - 10}`, `step_${i - 1}`] : [`step_${i - 1}`],
    post_checks: [{ name: 'check_no_ora_errors', params: { log_file: `logs/${i}.log` } }],
  }))
  return JSON.stringify({ application_name: 'big', working_dir: '/tmp/big', jobs }, null, 2)
}

// Trace snapshots walk the whole DOM on every action and would be what this test measures.
test.use({ trace: 'off' })

test('200 jobs: laid out in the worker, an edit reaches the canvas within 250 ms, dragging stays smooth', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bigConfig()),
  })
  await expect.poll(async () => Object.keys(await positions(page)).length, { timeout: 20_000 }).toBe(200)
  await expect(node(page, 'step_0')).toBeVisible()

  // An edit (delete the selected job) is on the canvas within 250 ms.
  await page.waitForTimeout(1000) // let the first render, fit and lint settle: measure an edit, not the load
  await page.getByTestId('job-item-step_0').click()
  await page.waitForTimeout(300)
  const elapsed = await page.evaluate(async () => {
    const start = performance.now()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, cancelable: true }))
    while (document.querySelector('.vue-flow__node[data-id="step_0"]'))
      await new Promise((r) => requestAnimationFrame(r))
    return performance.now() - start
  })
  expect(elapsed).toBeLessThan(250)
  expect((await docJson(page)).jobs).toHaveLength(199)

  // Dragging a node stays smooth: no main-thread task during the drag blocks a frame for long.
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number }
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
    }).observe({ type: 'longtask' })
  })
  const before = (await positions(page)).step_1!
  const box = (await node(page, 'step_1').boundingBox())!
  await page.mouse.move(box.x + 40, box.y + 20)
  await page.mouse.down()
  for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + 40 + i * 4, box.y + 20 + i * 2)
  await page.mouse.up()
  const moved = (await positions(page)).step_1!
  expect(moved.x).toBeGreaterThan(before.x)
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest)
  expect(longest).toBeLessThan(150)
})
