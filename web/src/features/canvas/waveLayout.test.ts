import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig } from '../../../bench/generate.mjs'
import { waveLayout, type WaveLayoutInput } from './waveLayout'
import { layoutQuality } from './layoutQuality'

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

/** Two cards overlapping (their boxes intersect), in a layout of cards of the CARD size. */
function overlaps(p: Record<string, { x: number; y: number }>) {
  const boxes = Object.values(p).sort((a, b) => a.x - b.x || a.y - b.y)
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + CARD.width; j++)
      if (Math.abs(boxes[j]!.y - boxes[i]!.y) < CARD.height) return true
  return false
}

/** Each job's wave: one after its latest dependency (generated configs list jobs after their dependencies). */
function wavesOf(input: WaveLayoutInput) {
  const wave = new Map<string, number>()
  for (const id of input.ids) wave.set(id, 0)
  for (const e of input.edges) wave.set(e.to, Math.max(wave.get(e.to)!, wave.get(e.from)! + 1))
  return wave
}

/**
 * The previous placement, as a yardstick: each wave centred across the drawing, its jobs in
 * written order (the "staircase" of issue 12).
 */
function staircase(input: WaveLayoutInput) {
  const wave = wavesOf(input)
  const members: string[][] = []
  for (const id of input.ids) (members[wave.get(id)!] ??= []).push(id)
  const widest = Math.max(...members.map((m) => m.length))
  const lr = input.direction === 'LR'
  const [along, across] = lr ? [CARD.width + 64, CARD.height + 32] : [CARD.height + 64, CARD.width + 32]
  const p: Record<string, { x: number; y: number }> = {}
  members.forEach((m, w) =>
    m.forEach((id, i) => {
      const [a, b] = [w * along, ((widest - m.length) / 2 + i) * across]
      p[id] = lr ? { x: a, y: b } : { x: b, y: a }
    }),
  )
  return p
}

const quality = (input: WaveLayoutInput, p: Record<string, { x: number; y: number }>) =>
  layoutQuality({ positions: p, edges: input.edges, direction: input.direction, ...CARD })

describe('waveLayout', () => {
  it.each(['LR', 'TB'] as const)('places every dependency in an earlier wave (%s)', (direction) => {
    const input = fromConfig(generateConfig('layered', 300), direction)
    const p = waveLayout(input)
    expect(Object.keys(p)).toHaveLength(300)
    const along = (id: string) => (direction === 'LR' ? p[id]!.x : p[id]!.y)
    for (const e of input.edges) expect(along(e.from)).toBeLessThan(along(e.to))
    // Each job in the column (or row) of its wave, as the plan overlay numbers them.
    const step = direction === 'LR' ? CARD.width + 64 : CARD.height + 64
    for (const [id, wave] of wavesOf(input)) expect(along(id)).toBe(wave * step)
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
    expect(quality(input, staircase(input)).crossings).toBe(1)
    expect(quality(input, waveLayout(input)).crossings).toBe(0)
  })

  it.each([
    ['layered', 300, 'LR'],
    ['layered', 1000, 'TB'],
  ] as const)('draws %s %i with fewer crossings and shorter edges than the staircase', (shape, size, dir) => {
    const input = fromConfig(generateConfig(shape, size), dir)
    const before = quality(input, staircase(input))
    const after = quality(input, waveLayout(input))
    expect(after.crossings).toBeLessThan(before.crossings * 0.7)
    expect(after.edgeLength).toBeLessThan(before.edgeLength * 0.8)
  })

  it('lines a job up with what it is linked to instead of centring its wave', () => {
    // root feeds three jobs, which all feed one report; a second chain runs beside them.
    const p = waveLayout({
      ids: ['root', 'x', 'y', 'z', 'report', 'solo1', 'solo2'],
      edges: [
        ...['x', 'y', 'z'].flatMap((c) => [
          { from: 'root', to: c },
          { from: c, to: 'report' },
        ]),
        { from: 'solo1', to: 'solo2' },
      ],
      direction: 'LR',
      ...CARD,
    })
    expect(p.root!.y).toBe(p.y!.y)
    expect(p.report!.y).toBe(p.y!.y)
    expect(p.y!.y - p.x!.y).toBe(p.z!.y - p.y!.y)
    expect(p.solo2!.y).toBe(p.solo1!.y)
  })

  it('gives the same picture for the same file', () => {
    const text = generateConfig('layered', 300)
    expect(waveLayout(fromConfig(text, 'LR'))).toEqual(waveLayout(fromConfig(text, 'LR')))
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

  it('draws a cycle as a chain in the written order, one edge running back, not a heap in one wave', () => {
    // p1 … p5, and p1 depends on p5: every job is on the cycle.
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5']
    const p = waveLayout({
      ids,
      edges: ids.map((id, i) => ({ from: ids[(i + 4) % 5]!, to: id })),
      direction: 'LR',
      ...CARD,
    })
    const xs = ids.map((id) => p[id]!.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(new Set(xs).size).toBe(5)
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
