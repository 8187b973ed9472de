import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import { trackRenames } from './trackRenames'

const model = (ids: string[], deps: Record<string, string[]> = {}) =>
  parseDocument(
    JSON.stringify({
      working_dir: '/w',
      application_name: 'x',
      jobs: ids.map((id) => ({ id, command: 'true', dependencies: deps[id] ?? [] })),
    }),
  ).model

describe('remembering renamed job ids', () => {
  it('follows a rename typed one character at a time', () => {
    let known = new Map<string, string>()
    const steps = ['extract', 'extrac', 'f', 'fe', 'fetch']
    for (let i = 1; i < steps.length; i++)
      known = trackRenames(known, model([steps[i - 1]!, 'load']), model([steps[i]!, 'load']))
    expect([...known]).toEqual([['extract', 'fetch']])
  })

  it('forgets a rename when the old id is back or the new one is gone', () => {
    const renamed = trackRenames(new Map(), model(['a', 'b']), model(['a2', 'b']))
    expect(renamed.get('a')).toBe('a2')
    expect(trackRenames(renamed, model(['a2', 'b']), model(['a', 'b'])).size).toBe(0)
    expect(trackRenames(renamed, model(['a2', 'b']), model(['b'])).size).toBe(0)
  })

  it('learns nothing when jobs were added or removed (positions no longer match)', () => {
    expect(trackRenames(new Map(), model(['a', 'b']), model(['c', 'b', 'd'])).size).toBe(0)
  })

  it('lets a dangling dependency offer the renamed id first, even when it looks nothing alike', () => {
    const renamedIds = trackRenames(new Map(), model(['extract', 'load']), model(['fetch_raw', 'load']))
    const text = JSON.stringify({
      working_dir: '/w',
      application_name: 'x',
      jobs: [
        { id: 'fetch_raw', command: 'true' },
        { id: 'load', command: 'true', dependencies: ['extract'] },
      ],
    })
    const d = diagnose(parseDocument(text), { renamedIds }).find((x) => x.code === 'dependency-unknown')!
    expect(d.fixes!.map((f) => f.title)).toEqual([
      "Rename the reference to 'fetch_raw'",
      "Remove the dependency on 'extract'",
    ])
    expect(diagnose(parseDocument(text)).find((x) => x.code === 'dependency-unknown')!.fixes).toHaveLength(1)
  })
})
