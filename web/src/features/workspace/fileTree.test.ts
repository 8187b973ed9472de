import { describe, expect, it } from 'vitest'
import { normalizeName, treeRows } from './fileTree'

const f = (path: string) => ({ path, size: 10, mtime: '2026-11-25T21:01:20+00:00' })

describe('treeRows', () => {
  const files = [f('z.json'), f('team/b.json'), f('team/a.json'), f('a.json'), f('team/deep/x.json')]

  it('lists folders first, then files, each sorted, with depth', () => {
    const rows = treeRows(files, new Set())
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.kind === 'folder' ? r.name + '/' : r.name}`)).toEqual([
      'team/',
      '  deep/',
      '    x.json',
      '  a.json',
      '  b.json',
      'a.json',
      'z.json',
    ])
  })

  it('hides the content of collapsed folders', () => {
    const rows = treeRows(files, new Set(['team']))
    expect(rows.map((r) => r.path)).toEqual(['team', 'a.json', 'z.json'])
    expect(rows[0]).toMatchObject({ kind: 'folder', open: false })
  })
})

describe('normalizeName', () => {
  it('adds .json and trims', () => {
    expect(normalizeName('  team/nightly ')).toBe('team/nightly.json')
    expect(normalizeName('/a.JSON')).toBe('/a.JSON'.slice(1))
    expect(normalizeName('   ')).toBe('')
  })
})
