import { describe, expect, it } from 'vitest'
import { computed, effectScope, isProxy } from 'vue'
import { useVueFlow, type Edge, type EdgeChange } from '@vue-flow/core'
import { edgeBatch, patchEdges } from './patchEdges'
import { useRawEdges, withReplaced } from './rawEdges'

/** A Vue Flow store holding cards a, b, c and the canvas's edge hand-over (as CanvasView wires it). */
function flowWithEdges(id: string, edges: Edge[]) {
  const scope = effectScope()
  const flow = scope.run(() => {
    // Controlled, as the canvas's <VueFlow :apply-default="false">: the changes come to the handler.
    const flow = useVueFlow({ id, applyDefault: false })
    useRawEdges(flow)
    flow.onEdgesChange((changes: EdgeChange[]) => {
      const structural = edgeBatch.defer(changes)
      if (structural.length) flow.applyEdgeChanges(structural)
    })
    flow.setNodes(['a', 'b', 'c'].map((n) => ({ id: n, position: { x: 0, y: 0 } })))
    flow.setEdges(edges)
    return flow
  })!
  return { flow, stop: () => scope.stop() }
}

const link = (source: string, target: string, extra: Partial<Edge> = {}): Edge => ({
  id: `${source}-${target}`,
  source,
  target,
  ...extra,
})

describe('Vue Flow edges kept plain', () => {
  it('stores the edges handed over whole, and those added later, as plain objects', () => {
    const prev = [link('a', 'b')]
    const { flow, stop } = flowWithEdges('raw-edges-1', prev)
    expect(flow.edges.value.map((e) => e.id)).toEqual(['a-b'])
    expect(isProxy(flow.edges.value[0])).toBe(false)
    expect(isProxy(flow.findEdge('a-b'))).toBe(false)

    expect(patchEdges(prev, [link('a', 'b'), link('b', 'c')], flow)).toBe(true)
    expect(flow.edges.value.map((e) => e.id)).toEqual(['a-b', 'b-c'])
    expect(flow.edges.value.every((e) => !isProxy(e))).toBe(true)
    expect(isProxy(flow.edges.value)).toBe(false)
    stop()
  })

  it('makes the edges <VueFlow> mounts with plain too (its options, not setEdges)', () => {
    const { flow, stop } = flowWithEdges('raw-edges-3', [])
    flow.setState({
      nodes: ['a', 'b'].map((n) => ({ id: n, position: { x: 0, y: 0 } })),
      edges: [link('a', 'b')],
    })
    expect(flow.edges.value.map((e) => e.id)).toEqual(['a-b'])
    expect(isProxy(flow.edges.value[0])).toBe(false)
    expect(isProxy(flow.findEdge('a-b'))).toBe(false)
    stop()
  })

  it('shows a changed edge: it is replaced by a new object, so readers of the edges update', () => {
    const prev = [link('a', 'b'), link('b', 'c')]
    const { flow, stop } = flowWithEdges('raw-edges-2', prev)
    const selected = computed(() => flow.edges.value.filter((e) => e.selected).map((e) => e.id))
    const untouched = flow.edges.value[0]
    expect(selected.value).toEqual([])

    const next = [link('a', 'b'), link('b', 'c', { selected: true, class: 'lineage' } as Partial<Edge>)]
    expect(patchEdges(prev, next, flow)).toBe(true)
    expect(selected.value).toEqual(['b-c'])
    expect(flow.findEdge('b-c')?.class).toBe('lineage')
    // The other edge, and its place, stay as they were.
    expect(flow.edges.value[0]).toBe(untouched)
    expect(flow.edges.value.map((e) => e.id)).toEqual(['a-b', 'b-c'])
    stop()
  })
})

describe('withReplaced', () => {
  it('replaces only the edges named, in their places, with new objects', () => {
    const a = { id: 'a', source: 'x', target: 'y', selected: false }
    const b = { id: 'b', source: 'y', target: 'z', selected: false }
    const next = withReplaced([a, b] as never, new Map([['b', { selected: true }]]))
    expect(next[0]).toBe(a)
    expect(next[1]).not.toBe(b)
    expect(next[1]).toMatchObject({ id: 'b', source: 'y', target: 'z', selected: true })
    expect(b.selected).toBe(false)
  })
})
