import { describe, expect, it } from 'vitest'
import type { Node } from '@vue-flow/core'
import { nodesToPatch } from './useFlowNodes'

const node = (id: string, x = 0, label = id): Node => ({ id, position: { x, y: 0 }, data: { label } })

describe('nodesToPatch', () => {
  const a = node('a')
  const b = node('b', 200)

  it('patches only the cards whose node object changed, edited or moved', () => {
    const b2 = node('b', 200, 'edited')
    expect(nodesToPatch([a, b], [a, b2])).toEqual([b2])
    expect(nodesToPatch([a, b], [a, b])).toEqual([])
    const moved = node('b', 208)
    expect(nodesToPatch([a, b], [a, moved])).toEqual([moved])
  })

  it('hands over the whole array when cards are added, removed, renamed or reordered', () => {
    expect(nodesToPatch([a], [a, b])).toBeNull()
    expect(nodesToPatch([a, b], [a])).toBeNull()
    expect(nodesToPatch([a, b], [a, node('c', 200)])).toBeNull()
    expect(nodesToPatch([a, b], [b, a])).toBeNull()
  })
})
