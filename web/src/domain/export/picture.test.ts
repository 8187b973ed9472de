import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { exportGraph } from './exportGraph'
import { CARD_HEIGHT, CARD_WIDTH, graphSvg } from './picture'
import { completePositions } from './placement'
import { pngDimensions, pngSize, PNG_MAX_PIXELS, PNG_MAX_SIDE } from './pngSize'

const config = {
  working_dir: '/',
  jobs: [
    { id: 'a & <b>', description: 'first', command: 'echo "a"\necho second line', timeout: 60 },
    { id: 'c', command: 'x', dependencies: ['a & <b>'], max_retries: 2 },
    { id: 'd', command: 'x', dependencies: ['a & <b>', 'c', 'ghost'] },
    { id: 'c', command: 'duplicate id: drawn once' },
  ],
}
const graph = exportGraph(parseDocument(JSON.stringify(config)).model)
const positions = { 'a & <b>': { x: 0, y: 0 }, c: { x: 304, y: -144 }, d: { x: 608, y: 0 } }

describe('graphSvg', () => {
  it('draws one card per job and one path per dependency between existing jobs', () => {
    const { svg } = graphSvg(graph, { positions, direction: 'LR', theme: 'light' })
    expect(svg.match(/<g class="job"/g)).toHaveLength(3)
    expect(svg.match(/<path class="dependency"/g)).toHaveLength(3)
    expect(svg).toContain('data-id="a &amp; &lt;b&gt;"')
    expect(svg).toContain('>echo &quot;a&quot;</text>') // first command line only
    expect(svg).toContain('>2 retries</text>')
    expect(svg).toContain('>60 s</text>')
  })
  it('is as big as the graph plus a margin, whatever the origin of the positions', () => {
    const { width, height, svg } = graphSvg(graph, { positions, direction: 'LR', theme: 'dark' })
    expect(width).toBe(608 + CARD_WIDTH + 64)
    expect(height).toBe(144 + CARD_HEIGHT + 64)
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`)
    expect(svg).toContain('translate(336,32)') // c, the top-most card
    expect(svg).toContain('translate(32,176)') // a, the left-most card
    expect(svg).toContain('fill="#020617"')
  })
  it('starts edges at the source card and ends them at the target card, by direction', () => {
    const lr = graphSvg(graph, { positions, direction: 'LR', theme: 'light' }).svg
    // c sits at (336, 32) after the shift: its edge to d leaves its right side at mid-height.
    expect(lr).toMatch(
      new RegExp(`data-from="c" data-to="d" d="M${336 + CARD_WIDTH} ${32 + CARD_HEIGHT / 2}`),
    )
    const tb = graphSvg(graph, { positions, direction: 'TB', theme: 'light' }).svg
    expect(tb).toMatch(
      new RegExp(`data-from="c" data-to="d" d="M${336 + CARD_WIDTH / 2} ${32 + CARD_HEIGHT}`),
    )
  })
})

describe('completePositions', () => {
  const size = { width: CARD_WIDTH, height: CARD_HEIGHT }
  it('keeps the positions the user gave and puts the others below them, clear of every card', () => {
    const automatic = { a: { x: 0, y: 0 }, b: { x: 304, y: 0 }, c: { x: 608, y: 200 } }
    const result = completePositions(['a', 'b', 'c'], { a: { x: 500, y: 40 } }, automatic, 'LR', size)
    expect(result.a).toEqual({ x: 500, y: 40 })
    expect(result.b!.y).toBeGreaterThanOrEqual(40 + CARD_HEIGHT)
    expect(result.c!.x - result.b!.x).toBe(304) // the automatic block keeps its shape
    expect(result.c!.y - result.b!.y).toBe(200)
  })
  it('uses the automatic layout as it is when nothing was placed', () => {
    const automatic = { a: { x: 8, y: 16 } }
    expect(completePositions(['a'], {}, automatic, 'TB', size)).toEqual(automatic)
  })
})

describe('pngSize', () => {
  it('doubles small pictures and keeps big ones within what a canvas can hold', () => {
    expect(pngSize(400, 300)).toEqual({ width: 800, height: 600, scale: 2 })
    const big = pngSize(30000, 9000)
    expect(big.width).toBeLessThanOrEqual(PNG_MAX_SIDE)
    expect(big.width * big.height).toBeLessThanOrEqual(PNG_MAX_PIXELS * 1.001)
    expect(big.width / big.height).toBeCloseTo(30000 / 9000, 2)
  })
  it('reads the size from a PNG header and rejects other bytes', () => {
    const header = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ])
    const png = new Uint8Array([...header, 0, 0, 3, 32, 0, 0, 2, 88])
    expect(pngDimensions(png)).toEqual({ width: 800, height: 600 })
    expect(pngDimensions(new Uint8Array(24))).toBeUndefined()
  })
})
