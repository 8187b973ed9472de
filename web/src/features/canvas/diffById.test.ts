import { describe, expect, it } from 'vitest'
import type { Node } from '@vue-flow/core'
import { diffById } from './patchNodes'

const node = (id: string, x = 0, label = id): Node => ({ id, position: { x, y: 0 }, data: { label } })

describe('diffById', () => {
  const a = node('a')
  const b = node('b', 200)
  const c = node('c', 400)

  it('patches only the cards whose node object changed, edited or moved', () => {
    const b2 = node('b', 200, 'edited')
    expect(diffById([a, b, c], [a, b2, c])).toEqual({ changed: [b2], added: [], removed: [] })
    expect(diffById([a, b], [a, b])).toEqual({ changed: [], added: [], removed: [] })
    const moved = node('b', 208)
    expect(diffById([a, b, c], [a, moved, c])?.changed).toEqual([moved])
  })

  it('a job added, removed or renamed is a card added and/or removed; order does not matter', () => {
    const d = node('d', 600)
    expect(diffById([a, b, c], [a, b, c, d])).toEqual({ changed: [], added: [d], removed: [] })
    expect(diffById([a, b, c, d], [a, c, d])).toEqual({ changed: [], added: [], removed: ['b'] })
    const renamed = node('b2', 200)
    expect(diffById([a, b, c], [a, renamed, c])).toEqual({ changed: [], added: [renamed], removed: ['b'] })
    expect(diffById([a, b, c], [c, b, a])).toEqual({ changed: [], added: [], removed: [] })
  })

  it('hands over the whole array when more than half the cards come or go', () => {
    expect(diffById([a], [node('x'), node('y')])).toBeNull()
    expect(diffById([a, b, c], [node('x')])).toBeNull()
  })
})
