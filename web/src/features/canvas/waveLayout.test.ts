import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../../../bench/generate.mjs'
import { waveLayout, type WaveLayoutInput } from './waveLayout'

const CARD = { width: 240, height: 112 }

function fromConfig(text: string, direction: 'LR' | 'TB'): WaveLayoutInput {
  const jobs: { id: string; dependencies?: string[] }[] = JSON.parse(text).jobs
  return {
    ids: jobs.map((j) => j.id),
    edges: jobs.flatMap((j) => (j.dependencies ?? []).map((d) => ({ from: d, to: j.id }))),
    direction,
    ...CARD,
  }
}

function overlaps(p: Record<string, { x: number; y: number }>) {
  const boxes = Object.values(p)
  const seen = new Set<string>()
  for (const b of boxes) {
    // Cards sit on a grid of (card + gap) cells: two cards overlapping share a cell corner.
    const key = `${b.x},${b.y}`
    if (seen.has(key)) return true
    seen.add(key)
  }
  return false
}

/** Pairs of edges between the same two waves that cross (TB: compared by x). */
function crossings(input: WaveLayoutInput, p: Record<string, { x: number; y: number }>) {
  const pos = (id: string) => (input.direction === 'TB' ? p[id]!.x : p[id]!.y)
  const along = (id: string) => (input.direction === 'TB' ? p[id]!.y : p[id]!.x)
  const groups = new Map<string, [number, number][]>()
  for (const e of input.edges) {
    const key = `${along(e.from)}>${along(e.to)}`
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push([pos(e.from), pos(e.to)])
  }
  let count = 0
  for (const list of groups.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!]
        if ((a[0] - b[0]) * (a[1] - b[1]) < 0) count++
      }
  return count
}

describe('waveLayout', () => {
  it.each(['LR', 'TB'] as const)('places every dependency in an earlier wave (%s)', (direction) => {
    const input = fromConfig(generateConfig('layered', 300), direction)
    const p = waveLayout(input)
    expect(Object.keys(p)).toHaveLength(300)
    const along = (id: string) => (direction === 'LR' ? p[id]!.x : p[id]!.y)
    for (const e of input.edges) expect(along(e.from)).toBeLessThan(along(e.to))
    expect(overlaps(p)).toBe(false)
    for (const { x, y } of Object.values(p)) {
      expect(x % 8).toBe(0)
      expect(y % 8).toBe(0)
    }
  })

  it('puts a job right after its latest dependency: the waves of parallel runs', () => {
    const p = waveLayout({
      ids: ['extract', 'clean', 'load', 'report'],
      edges: [
        { from: 'extract', to: 'clean' },
        { from: 'clean', to: 'load' },
        { from: 'extract', to: 'report' },
        { from: 'load', to: 'report' },
      ],
      direction: 'LR',
      ...CARD,
    })
    const step = CARD.width + 64
    expect([p.extract!.x, p.clean!.x, p.load!.x, p.report!.x]).toEqual([0, step, 2 * step, 3 * step])
  })

  it('untangles crossings the written order would cause', () => {
    // Written order pairs a1 with b2 and a2 with b1: drawn as written, the two edges cross.
    const input: WaveLayoutInput = {
      ids: ['a1', 'a2', 'b1', 'b2'],
      edges: [
        { from: 'a1', to: 'b2' },
        { from: 'a2', to: 'b1' },
      ],
      direction: 'TB',
      ...CARD,
    }
    expect(crossings(input, waveLayout(input))).toBe(0)
    const big = fromConfig(generateConfig('layered', 500), 'TB')
    const written = crossings(big, waveLayout({ ...big, sweeps: 0 }))
    const swept = crossings(big, waveLayout(big))
    // Measured: 6729 crossings in written order, 3520 after the sweeps.
    expect(swept).toBeLessThan(written * 0.7)
  })

  it('places the jobs of a dependency cycle too (the engine refuses it, the canvas still shows it)', () => {
    const p = waveLayout({
      ids: ['start', 'x', 'y'],
      edges: [
        { from: 'start', to: 'x' },
        { from: 'x', to: 'y' },
        { from: 'y', to: 'x' },
      ],
      direction: 'TB',
      ...CARD,
    })
    expect(Object.keys(p).sort()).toEqual(['start', 'x', 'y'])
    expect(p.x!.y).toBeGreaterThan(p.start!.y)
    expect(overlaps(p)).toBe(false)
  })

  it('ignores dependencies on unknown jobs and on itself', () => {
    const p = waveLayout({
      ids: ['a', 'b'],
      edges: [
        { from: 'ghost', to: 'a' },
        { from: 'b', to: 'b' },
      ],
      direction: 'LR',
      ...CARD,
    })
    expect(p.a!.x).toBe(0)
    expect(p.b!.x).toBe(0)
    expect(p.a!.y).not.toBe(p.b!.y)
  })
})
