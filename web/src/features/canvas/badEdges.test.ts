import { describe, expect, it } from 'vitest'
import { Position, type GraphEdge, type GraphNode } from '@vue-flow/core'
import { parseDocument } from '@/domain/document/parse'
import { badLinksOf } from './badLinks'
import { aroundCard, missingStub, selfLoopPath } from './badEdgeRoute'
import { edgeId, missingEdgeId } from './canvasGraph'
import { buildEdges } from './canvasEdges'
import { arrowOf } from './edgeArrows'
import { sketchEdges } from './edgeSketch'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'

const model = parseDocument(
  JSON.stringify({
    working_dir: '/w',
    jobs: [
      { id: 'self', command: 'x', dependencies: ['self'] },
      { id: 'a', command: 'x', dependencies: ['c'] },
      { id: 'b', command: 'x', dependencies: ['a'] },
      { id: 'c', command: 'x', dependencies: ['b', 'ghost', 'ghost'] },
      { id: 'd', command: 'x', dependencies: ['a'] },
    ],
  }),
).model
const placed = new Set(['self', 'a', 'b', 'c', 'd'])

/** The box around every point of an SVG path written as x,y pairs (M, L and Q commands). */
function boxOfPath(d: string) {
  const pairs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: +m[1]!, y: +m[2]! }))
  const xs = pairs.map((p) => p.x)
  const ys = pairs.map((p) => p.y)
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

describe('badLinksOf', () => {
  it('finds the edges of every cycle the diagnostics report, and the dependencies on missing jobs', () => {
    const bad = badLinksOf(model.jobs)
    expect([...bad.cycle].sort()).toEqual(
      [edgeId('self', 'self'), edgeId('c', 'a'), edgeId('a', 'b'), edgeId('b', 'c')].sort(),
    )
    expect(bad.cycle.has(edgeId('a', 'd'))).toBe(false)
    expect(bad.missing).toEqual([{ from: 'ghost', to: 'c' }])
  })

  it('is computed once per parse', () => {
    expect(badLinksOf(model.jobs)).toBe(badLinksOf(model.jobs))
  })
})

describe('buildEdges with bad links', () => {
  const bad = badLinksOf(model.jobs)
  const edges = buildEdges(model.edges, placed, new Set(), new Set(), new Map(), undefined, bad)
  const byId = new Map(edges.map((e) => [e.id, e]))

  it('marks cycle edges, the loop of a job to itself included, with the error class and label', () => {
    expect(byId.get(edgeId('c', 'a'))).toMatchObject({ class: 'cycle', ariaLabel: 'a depends on c (cycle)' })
    expect(byId.get(edgeId('self', 'self'))).toMatchObject({
      class: 'cycle',
      source: 'self',
      target: 'self',
      ariaLabel: 'self depends on itself (cycle)',
    })
    expect(byId.get(edgeId('a', 'd'))).toMatchObject({ class: '', ariaLabel: 'd depends on a' })
    // Cycle edges end in the error arrowhead, the others in the usual one.
    expect(arrowOf(String(byId.get(edgeId('c', 'a'))!.class))).toBe('error')
    expect(arrowOf(String(byId.get(edgeId('a', 'd'))!.class))).toBe('normal')
  })

  it('adds one stub per missing dependency at its job, which cannot be selected as an edge', () => {
    const stub = byId.get(missingEdgeId('ghost', 'c'))
    expect(stub).toMatchObject({
      source: 'c',
      target: 'c',
      class: 'missing',
      selectable: false,
      data: { missing: 'ghost' },
      ariaLabel: 'c depends on ghost, which does not exist',
    })
    expect(edges.filter((e) => e.class === 'missing')).toHaveLength(1)
    expect(arrowOf(String(stub!.class))).toBe('error')
    // Not drawn when its job is not on the canvas.
    const without = buildEdges(
      model.edges,
      new Set(['a', 'b']),
      new Set(),
      new Set(),
      new Map(),
      undefined,
      bad,
    )
    expect(without.some((e) => e.class === 'missing')).toBe(false)
  })

  it('gives the same objects when nothing changed, and draws plain edges once the cycle is gone', () => {
    const cache = new Map()
    const first = buildEdges(model.edges, placed, new Set(), new Set(), cache, undefined, bad)
    const again = buildEdges(model.edges, placed, new Set(), new Set(), cache, undefined, bad)
    expect(again.every((e, i) => e === first[i])).toBe(true)
    const fixed = buildEdges(model.edges, placed, new Set(), new Set(), cache)
    expect(fixed.find((e) => e.id === edgeId('c', 'a'))).toMatchObject({ class: '' })
    expect(fixed.find((e) => e.id === edgeId('a', 'd'))).toBe(first.find((e) => e.id === edgeId('a', 'd')))
    expect(fixed.some((e) => e.class === 'missing')).toBe(false)
  })
})

describe('selfLoopPath', () => {
  const card = { x: 100, y: 200 }
  const margin = 24

  it('left to right: leaves the right handle, passes over the card and enters the left handle', () => {
    const from = { x: card.x + NODE_WIDTH, y: card.y + NODE_HEIGHT / 2 }
    const to = { x: card.x, y: card.y + NODE_HEIGHT / 2 }
    const d = selfLoopPath(from, to, Position.Right)
    expect(d.startsWith(`M${from.x},${from.y}`)).toBe(true)
    expect(d.endsWith(`L${to.x},${to.y}`)).toBe(true)
    const box = boxOfPath(d)
    expect(box.left).toBeGreaterThanOrEqual(card.x - margin)
    expect(box.right).toBeLessThanOrEqual(card.x + NODE_WIDTH + margin)
    expect(box.top).toBeGreaterThanOrEqual(card.y - margin)
    expect(box.top).toBeLessThan(card.y) // above the card, not through it
    expect(box.bottom).toBeLessThanOrEqual(card.y + NODE_HEIGHT / 2)
  })

  it('top to bottom: leaves the bottom handle, passes beside the card and enters the top handle', () => {
    const from = { x: card.x + NODE_WIDTH / 2, y: card.y + NODE_HEIGHT }
    const to = { x: card.x + NODE_WIDTH / 2, y: card.y }
    const d = selfLoopPath(from, to, Position.Bottom)
    expect(d.startsWith(`M${from.x},${from.y}`)).toBe(true)
    expect(d.endsWith(`L${to.x},${to.y}`)).toBe(true)
    const box = boxOfPath(d)
    expect(box.left).toBeGreaterThanOrEqual(card.x + NODE_WIDTH / 2)
    expect(box.right).toBeGreaterThan(card.x + NODE_WIDTH) // beside the card, not through it
    expect(box.right).toBeLessThanOrEqual(card.x + NODE_WIDTH + margin)
    expect(box.top).toBeGreaterThanOrEqual(card.y - margin)
    expect(box.bottom).toBeLessThanOrEqual(card.y + NODE_HEIGHT + margin)
  })
})

describe('missingStub', () => {
  it('ends at the target handle, from a marker in the gap beside the entry side, in both directions', () => {
    // Left to right: the card's left handle at (100, 156), its top at 100.
    const lr = missingStub({ x: 100, y: 156 }, Position.Left, 'ghost')
    expect(lr.path.endsWith('L100,156')).toBe(true)
    const lrBox = boxOfPath(lr.path)
    expect(lrBox.left).toBeGreaterThanOrEqual(100 - 40)
    expect(lr.label.y + lr.label.height).toBeLessThanOrEqual(100) // above the card
    expect(lr.label.y).toBeGreaterThanOrEqual(100 - 32) // within a narrow gap between rows
    expect(lr.label.x).toBeLessThan(lrBox.left) // the stub starts under the marker
    // Top to bottom: the card's top handle at (220, 100).
    const tb = missingStub({ x: 220, y: 100 }, Position.Top, 'ghost')
    expect(tb.path.endsWith('L220,100')).toBe(true)
    expect(tb.label.x + tb.label.width).toBeLessThan(220) // left of the edges coming into the handle
    expect(tb.label.y + tb.label.height).toBeLessThan(100)
    expect(tb.label.y).toBeGreaterThanOrEqual(100 - 48)
  })

  it('is within the area the canvas renders around its card', () => {
    const box = { x: 500, y: 500, width: NODE_WIDTH, height: NODE_HEIGHT }
    const around = aroundCard(box)
    for (const id of ['ghost', 'a-rather-long-missing-job-id', 'x'.repeat(200)]) {
      const lr = missingStub({ x: 500, y: 556 }, Position.Left, id)
      expect(lr.label.x).toBeGreaterThanOrEqual(around.x)
      const tb = missingStub({ x: 620, y: 500 }, Position.Top, id)
      expect(tb.label.y).toBeGreaterThanOrEqual(around.y)
      expect(tb.label.x).toBeGreaterThanOrEqual(around.x)
    }
  })
})

describe('sketchEdges with bad links', () => {
  const node = (id: string, x: number) =>
    ({
      id,
      computedPosition: { x, y: 0, z: 0 },
      dimensions: { width: NODE_WIDTH, height: NODE_HEIGHT },
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    }) as GraphNode
  it('keeps cycles, loops and missing stubs in the error group, even when raised', () => {
    const nodes = [node('a', 0), node('b', 400)]
    const edges = [
      { id: '1', source: 'a', target: 'b', class: '', zIndex: 0 },
      { id: '2', source: 'b', target: 'a', class: 'cycle', zIndex: 1000 },
      { id: '3', source: 'a', target: 'a', class: 'cycle', zIndex: 0 },
      { id: '4', source: 'b', target: 'b', class: 'missing', zIndex: 0, data: { missing: 'x' } },
    ] as GraphEdge[]
    const sketch = sketchEdges(nodes, edges)
    expect(sketch.errorLines.match(/M/g)).toHaveLength(3)
    expect(sketch.lines.match(/M/g)).toHaveLength(1)
    expect(sketch.raisedLines).toBe('')
    // The missing stub comes last, into b's left handle.
    expect(sketch.errorLines).toMatch(new RegExp(`L400,${NODE_HEIGHT / 2}$`))
  })
})
