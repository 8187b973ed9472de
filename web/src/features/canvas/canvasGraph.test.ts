import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { buildEdges, buildNodes } from './canvasGraph'

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
