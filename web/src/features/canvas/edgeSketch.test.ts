import { describe, expect, it } from 'vitest'
import { Position, type GraphEdge, type GraphNode } from '@vue-flow/core'
import { sketchEdges } from './edgeSketch'

function card(id: string, x: number, y: number, lr = true): GraphNode {
  return {
    id,
    computedPosition: { x, y, z: 0 },
    dimensions: { width: 240, height: 112 },
    sourcePosition: lr ? Position.Right : Position.Bottom,
    targetPosition: lr ? Position.Left : Position.Top,
  } as GraphNode
}
const link = (source: string, target: string, raised = false, critical = false) =>
  ({
    id: `${source}->${target}`,
    source,
    target,
    zIndex: raised ? 1000 : 0,
    class: critical ? 'critical' : '',
  }) as GraphEdge
const subpaths = (d: string) => d.match(/M/g)?.length ?? 0
/** The points of the triangles in an arrows path, three per arrowhead. */
const triangles = (d: string) =>
  d
    .split('M')
    .filter(Boolean)
    .map((t) =>
      t
        .replace('Z', '')
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]),
    )

describe('sketchEdges', () => {
  const nodes = [card('a', 0, 0), card('b', 400, 200), card('c', 400, -200)]

  it('draws one route and one arrowhead per edge, the raised ones apart', () => {
    const sketch = sketchEdges(nodes, [link('a', 'b'), link('a', 'c', true), link('a', 'gone')])
    expect(subpaths(sketch.lines)).toBe(1)
    expect(subpaths(sketch.arrows)).toBe(1)
    expect(subpaths(sketch.raisedLines)).toBe(1)
    expect(subpaths(sketch.raisedArrows)).toBe(1)
    // A route starts on the source's right handle and ends on the target's left handle.
    expect(sketch.lines.startsWith('M240 56') || sketch.lines.startsWith('M240,56')).toBe(true)
    expect(sketch.lines).toMatch(/400[ ,]256$/)
  })

  it('draws the critical path apart, unless the edge is raised (selection wins)', () => {
    const sketch = sketchEdges(nodes, [link('a', 'b', false, true), link('a', 'c', true, true)])
    expect(subpaths(sketch.criticalLines)).toBe(1)
    expect(subpaths(sketch.criticalArrows)).toBe(1)
    expect(subpaths(sketch.raisedLines)).toBe(1)
    expect(sketch.lines).toBe('')
  })

  it('points each arrowhead into its card: its tip on the handle, its base outside', () => {
    const lr = triangles(sketchEdges(nodes, [link('a', 'b')]).arrows)[0]!
    expect(lr[0]).toEqual([400, 256])
    expect(lr[1]![0]).toBeLessThan(400)
    expect(lr[2]![0]).toBeLessThan(400)
    const tb = triangles(
      sketchEdges([card('a', 0, 0, false), card('b', 0, 300, false)], [link('a', 'b')]).arrows,
    )[0]!
    expect(tb[0]).toEqual([120, 300])
    expect(tb[1]![1]).toBeLessThan(300)
    expect(tb[1]![0]).not.toBe(tb[2]![0])
  })

  it('draws the edges out of the lineage faint, those in it raised; errors stay errors', () => {
    const styled = (source: string, target: string, cls: string) => ({ ...link(source, target), class: cls })
    const sketch = sketchEdges(nodes, [
      styled('a', 'b', 'dimmed'),
      styled('a', 'c', 'lineage'),
      styled('b', 'c', 'cycle dimmed'),
    ])
    expect(subpaths(sketch.dimmedLines)).toBe(1)
    expect(subpaths(sketch.raisedLines)).toBe(1)
    expect(subpaths(sketch.errorLines)).toBe(1)
    expect(sketch.lines).toBe('')
  })
})
