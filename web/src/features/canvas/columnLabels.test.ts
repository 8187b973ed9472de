import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { columnLabels, keptApart, labelWidth, wavesOf } from './columnLabels'

const at = (entries: Record<string, [number, number]>) =>
  new Map(Object.entries(entries).map(([id, [x, y]]) => [id, { x, y }]))

describe('columnLabels', () => {
  it('groups cards into columns by where they are, with their waves and counts', () => {
    const positions = at({ a: [0, 0], b: [0, 160], c: [320, 40], d: [330, 200], e: [640, -80] })
    const waves = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 4],
    ])
    const labels = columnLabels(positions, true, waves)
    expect(labels.map((l) => l.text)).toEqual(['Wave 1 · 2 jobs', 'Waves 2–3 · 2 jobs', 'Wave 4 · 1 job'])
    expect(labels.map((l) => l.short)).toEqual(['W1 · 2', 'W2–3 · 2', 'W4 · 1'])
    expect(labels.map((l) => l.middle)).toEqual([120, 445, 760])
    expect(labels.map((l) => l.start)).toEqual([0, 40, -80])
  })

  it('top to bottom, the columns are rows, labelled at their left', () => {
    const labels = columnLabels(at({ a: [0, 0], b: [300, 0], c: [100, 200] }), false, new Map())
    expect(labels.map((l) => [l.text, l.middle, l.start])).toEqual([
      ['2 jobs', 56, 0],
      ['1 job', 256, 100],
    ])
  })

  it('reads the waves from the graph: a job one after its last dependency; none on a cycle', () => {
    const jobs = parseDocument(
      JSON.stringify({
        jobs: [
          { id: 'a', command: 'x' },
          { id: 'b', command: 'x', dependencies: ['a'] },
          { id: 'c', command: 'x', dependencies: ['a', 'b'] },
          { id: 'd', command: 'x', dependencies: ['e'] },
          { id: 'e', command: 'x', dependencies: ['d'] },
        ],
      }),
    ).model.jobs
    expect([...wavesOf(jobs)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ])
  })

  it('leaves columns unlabelled rather than drawing labels over each other', () => {
    expect(keptApart([0, 100, 200, 300], [80, 80, 80, 80])).toEqual([0, 1, 2, 3])
    expect(keptApart([0, 50, 100, 150, 200], [80, 80, 80, 80, 80])).toEqual([0, 2, 4])
    // A wide label needs more room from its neighbour.
    expect(keptApart([0, 100, 200], [80, 160, 80])).toEqual([0, 2])
    expect(labelWidth('Wave 3 · 42 jobs')).toBeGreaterThan(labelWidth('Wave 3 · 1 job'))
  })
})
