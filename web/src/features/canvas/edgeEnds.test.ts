import { describe, expect, it } from 'vitest'
import { Position, type GraphNode } from '@vue-flow/core'
import { parseDocument } from '@/domain/document/parse'
import { buildNodes } from './canvasGraph'
import { edgeEnd } from './edgeEnds'
import { HANDLE_SIZE, NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'

const model = parseDocument(JSON.stringify({ jobs: [{ id: 'a', command: 'x' }] })).model
/** A card as Vue Flow holds it before measuring it: the preset geometry buildNodes gives it. */
const card = (direction: 'LR' | 'TB') =>
  buildNodes(model.jobs, { a: { x: 100, y: 40 } }, new Set(), new Map(), direction)[0] as unknown as GraphNode

describe('edgeEnd', () => {
  it('is the middle of the outer side of the handle, as Vue Flow ends its edges', () => {
    const half = HANDLE_SIZE / 2
    expect(edgeEnd(card('LR'), 'source')).toEqual({
      x: 100 + NODE_WIDTH + half,
      y: 40 + NODE_HEIGHT / 2,
      position: Position.Right,
    })
    expect(edgeEnd(card('LR'), 'target')).toEqual({
      x: 100 - half,
      y: 40 + NODE_HEIGHT / 2,
      position: Position.Left,
    })
    expect(edgeEnd(card('TB'), 'source')).toEqual({
      x: 100 + NODE_WIDTH / 2,
      y: 40 + NODE_HEIGHT + half,
      position: Position.Bottom,
    })
    expect(edgeEnd(card('TB'), 'target')).toEqual({
      x: 100 + NODE_WIDTH / 2,
      y: 40 - half,
      position: Position.Top,
    })
  })

  it('follows a card moved on the canvas (its computed position)', () => {
    const node = card('LR')
    node.computedPosition = { x: 500, y: 300, z: 0 }
    expect(edgeEnd(node, 'target')).toMatchObject({ x: 500 - HANDLE_SIZE / 2, y: 300 + NODE_HEIGHT / 2 })
  })

  it('falls back to the card’s bottom and top without handles, as Vue Flow does', () => {
    const node = { ...card('LR'), handleBounds: {} } as GraphNode
    expect(edgeEnd(node, 'source')).toEqual({
      x: 100 + NODE_WIDTH / 2,
      y: 40 + NODE_HEIGHT,
      position: Position.Bottom,
    })
    expect(edgeEnd(node, 'target')).toEqual({ x: 100 + NODE_WIDTH / 2, y: 40, position: Position.Top })
  })
})
