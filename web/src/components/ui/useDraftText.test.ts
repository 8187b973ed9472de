import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useDraftText } from './useDraftText'

function setup(delay?: number) {
  const source = ref('echo hi')
  const commits: string[] = []
  const scope = effectScope()
  const draft = scope.run(() =>
    useDraftText(
      () => source.value,
      (t) => commits.push(t),
      { delay },
    ),
  )!
  return { source, commits, draft, scope }
}

describe('useDraftText', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('commits once after a pause, not per keystroke', () => {
    const { draft, commits } = setup()
    draft.onFocus()
    for (const text of ['echo hi ', 'echo hi t', 'echo hi th', 'echo hi the']) {
      draft.onInput(text)
      vi.advanceTimersByTime(100)
    }
    expect(commits).toEqual([])
    vi.advanceTimersByTime(300)
    expect(commits).toEqual(['echo hi the'])
  })

  it('keeps what the user is typing when the document changes underneath, and shows the document after blur', async () => {
    const { draft, source, commits } = setup()
    draft.onFocus()
    draft.onInput('echo hello')
    source.value = 'echo other' // e.g. an edit arriving from the JSON pane
    await nextTick()
    expect(draft.draft.value).toBe('echo hello')
    draft.onBlur()
    expect(commits).toEqual(['echo hello'])
    source.value = 'echo hello'
    await nextTick()
    expect(draft.draft.value).toBe('echo hello')
  })

  it('follows the document while not focused, and Escape gives up uncommitted typing', async () => {
    const { draft, source, commits } = setup()
    source.value = 'echo changed'
    await nextTick()
    expect(draft.draft.value).toBe('echo changed')
    draft.onFocus()
    draft.onInput('echo oops')
    draft.revert()
    vi.advanceTimersByTime(1000)
    expect(draft.draft.value).toBe('echo changed')
    expect(commits).toEqual([])
  })

  it('lazy fields (delay Infinity) commit only on Enter/blur', () => {
    const { draft, commits } = setup(Infinity)
    draft.onFocus()
    draft.onInput('renamed')
    vi.advanceTimersByTime(10_000)
    expect(commits).toEqual([])
    draft.flush()
    expect(commits).toEqual(['renamed'])
  })
})
