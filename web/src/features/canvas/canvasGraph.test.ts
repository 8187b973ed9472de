import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { buildNodes, edgeId } from './canvasGraph'
import { buildEdges, sameEdges } from './canvasEdges'
import { arrowOf } from './edgeArrows'

const text = JSON.stringify({
  working_dir: '/w',
  jobs: [
    { id: 'a', command: 'echo a\necho more', max_retries: 2, env_variables: { X: '1' } },
    { id: 'b', command: 'echo b', dependencies: ['a'], timeout: 30, post_checks: [{ name: 'c' }] },
    { id: 'a', command: 'duplicate id' },
    { id: 'c', command: 'echo c', dependencies: ['b'] },
  ],
})
const model = parseDocument(text).model

describe('buildNodes', () => {
  it('shows only placed jobs, the first of duplicate ids, with their badges', () => {
    const nodes = buildNodes(
      model.jobs,
      { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } },
      new Set(['b']),
      new Map(),
      'LR',
    )
    expect(nodes.map((n) => n.id)).toEqual(['a', 'b'])
    expect(nodes[0]!.data).toMatchObject({ command: 'echo a', retries: 2, env: 1, deps: 0 })
    expect(nodes[1]!.data).toMatchObject({ timeout: 30, checks: 1, deps: 1 })
    expect((nodes[1] as unknown as { selected: boolean }).selected).toBe(true)
  })
})

describe('buildEdges', () => {
  it('draws a dependency edge only when both ends are on the canvas', () => {
    const edges = buildEdges(model.edges, new Set(['a', 'b']), new Set())
    expect(edges.map((e) => [e.source, e.target])).toEqual([['a', 'b']])
  })
})

describe('buildEdges with a cache', () => {
  const links = [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
  ]
  const placed = new Set(['a', 'b', 'c'])

  it('gives the same object for an edge that looks the same, a new one when its selection changes', () => {
    const cache = new Map()
    const first = buildEdges(links, placed, new Set(), new Set(), cache)
    const again = buildEdges(links, placed, new Set(), new Set(), cache)
    expect(again[0]).toBe(first[0])
    expect(again[1]).toBe(first[1])
    // Job b selected: both its edges are raised, and are new objects.
    const raised = buildEdges(links, placed, new Set(), new Set(['b']), cache)
    expect(raised[0]).not.toBe(first[0])
    expect(raised.map((e) => e.zIndex)).toEqual([1000, 1000])
    expect(buildEdges(links, placed, new Set(), new Set(['c']), cache).map((e) => e.zIndex)).toEqual([
      0, 1000,
    ])
  })

  it('forgets edges that are gone', () => {
    const cache = new Map()
    buildEdges(links, placed, new Set(), new Set(), cache)
    buildEdges(links.slice(1), placed, new Set(), new Set(), cache)
    expect([...cache.keys()]).toHaveLength(1)
  })
})

describe('buildEdges with the plan and run overlays', () => {
  const links = [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'a', to: 'c' },
  ]
  const placed = new Set(['a', 'b', 'c'])
  const none = { critical: new Set<string>(), running: new Set<string>() }

  it('marks the critical path edges and animates the edges into a running job', () => {
    const overlay = { critical: new Set([edgeId('a', 'b'), edgeId('b', 'c')]), running: new Set(['c']) }
    const edges = buildEdges(links, placed, new Set(), new Set(), new Map(), overlay)
    expect(edges.map((e) => [e.id, e.class, e.animated])).toEqual([
      [edgeId('a', 'b'), 'critical', false],
      [edgeId('b', 'c'), 'critical', true],
      [edgeId('a', 'c'), '', true],
    ])
    // The critical path's edges end in its own arrowhead (edgeArrows.ts), the others in the usual one.
    expect(edges.map((e) => arrowOf(String(e.class), e))).toEqual(['critical', 'critical', 'running'])
    expect(arrowOf('', { selected: true })).toBe('highlighted')
    expect(arrowOf('lineage')).toBe('highlighted')
    // Vue Flow is given no marker to define (its definitions walk every edge on each change).
    expect(edges.every((e) => e.markerEnd === undefined)).toBe(true)
  })

  it('rebuilds only the edges whose overlay look changed', () => {
    const cache = new Map()
    const before = buildEdges(links, placed, new Set(), new Set(), cache, none)
    const after = buildEdges(links, placed, new Set(), new Set(), cache, {
      critical: new Set([edgeId('a', 'b')]),
      running: new Set(),
    })
    expect(after[0]).not.toBe(before[0])
    expect(after[1]).toBe(before[1])
    expect(after[2]).toBe(before[2])
    expect(sameEdges(before, after)).toBe(false)
    expect(
      sameEdges(
        after,
        buildEdges(links, placed, new Set(), new Set(), new Map(), {
          critical: new Set([edgeId('a', 'b')]),
          running: new Set(),
        }),
      ),
    ).toBe(true)
  })

  it('draws the lineage shown in full and the other edges faint; raises a hovered job’s edges', () => {
    const chain = [...links, { from: 'c', to: 'd' }]
    const all = new Set([...placed, 'd'])
    const edges = buildEdges(chain, all, new Set(), new Set(), new Map(), {
      ...none,
      lineage: new Set(['b', 'c', 'd']),
      hovered: 'a',
    })
    expect(edges.map((e) => e.class)).toEqual(['dimmed near', 'lineage', 'dimmed near', 'lineage'])
    const plain = buildEdges(chain, all, new Set(), new Set(), new Map(), none)
    expect(plain.map((e) => e.class)).toEqual(['', '', '', ''])
  })
})
