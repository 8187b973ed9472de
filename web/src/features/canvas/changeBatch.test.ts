import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { createChangeBatch } from './changeBatch'

type Item = { id: string }
const ids = (items: readonly Item[]) => items.map((i) => i.id)

describe('createChangeBatch', () => {
  it('passes changes through when no patch is being written', () => {
    const batch = createChangeBatch<Item>()
    const changes = [
      { type: 'remove', id: 'a' },
      { type: 'position', id: 'b' },
    ]
    expect(batch.defer(changes)).toEqual(changes)
  })

  it('keeps what a patch adds and removes, and writes it as one new array at its end', () => {
    const batch = createChangeBatch<Item>()
    const elements = ref<Item[]>([{ id: 'a' }, { id: 'b' }, { id: 'c' }])
    const before = elements.value
    const passedOn: unknown[] = []
    const changed = batch.run(elements, () => {
      passedOn.push(
        ...batch.defer([
          { type: 'remove', id: 'b' },
          { type: 'add', item: { id: 'bz' } },
          { type: 'add', item: { id: 'bz' } },
          { type: 'select', id: 'a' },
        ]),
      )
      // Nothing is written while the patch runs.
      expect(ids(elements.value)).toEqual(['a', 'b', 'c'])
    })
    expect(changed).toBe(true)
    expect(passedOn).toEqual([{ type: 'select', id: 'a' }])
    expect(ids(elements.value)).toEqual(['a', 'c', 'bz'])
    expect(elements.value).not.toBe(before)
    // After the patch, changes pass through again.
    expect(batch.defer([{ type: 'remove', id: 'a' }])).toHaveLength(1)
  })

  it('leaves the array alone when the patch added and removed nothing', () => {
    const batch = createChangeBatch<Item>()
    const elements = ref<Item[]>([{ id: 'a' }])
    const before = elements.value
    expect(batch.run(elements, () => batch.defer([{ type: 'select', id: 'a' }]))).toBe(false)
    expect(elements.value).toBe(before)
  })
})
