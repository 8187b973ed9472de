import { describe, expect, it } from 'vitest'
import { computed } from 'vue'
import { keyedMirror } from './useKeyedLookups'

describe('keyedMirror', () => {
  it('follows its source; a reader of one id is told only when that id changes or goes', () => {
    const { mirror, sync } = keyedMirror<{ name: string }>()
    const a = { name: 'a' }
    sync(
      new Map([
        ['a', a],
        ['b', { name: 'b' }],
      ]),
    )
    let runs = 0
    const readA = computed(() => (runs++, mirror.get('a')?.name))
    expect(readA.value).toBe('a')

    // Another card renamed (removed and added), the array rebuilt: the reader of 'a' stays as it was.
    sync(
      new Map([
        ['a', a],
        ['bz', { name: 'bz' }],
      ]),
    )
    expect(readA.value).toBe('a')
    expect(runs).toBe(1)
    expect([...mirror.keys()]).toEqual(['a', 'bz'])

    sync(new Map([['a', { name: 'a2' }]]))
    expect(readA.value).toBe('a2')
    sync(new Map())
    expect(readA.value).toBeUndefined()
    expect(runs).toBe(3)
  })
})
