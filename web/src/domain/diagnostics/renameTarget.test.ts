import { describe, expect, it } from 'vitest'
import { renameTargets } from './renameTarget'

const find = (ids: string[], dep: string, renamed: [string, string][] = [], exclude: string[] = []) =>
  renameTargets(new Set(ids), new Map(renamed))(dep, exclude)

describe('the job a dangling dependency meant', () => {
  it('is the id it was renamed to, however different', () => {
    expect(find(['fetch_raw', 'load'], 'extract', [['extract', 'fetch_raw']])).toBe('fetch_raw')
  })

  it('is a close spelling', () => {
    expect(find(['extract', 'load'], 'extrcat')).toBe('extract')
    expect(find(['extract', 'load'], 'Load')).toBe('load')
  })

  it('is the one id that extends it, or that it extends', () => {
    expect(find(['load_db', 'report'], 'load')).toBe('load_db')
    expect(find(['extract', 'report'], 'extract_raw_data')).toBe('extract')
  })

  it('is no guess when two ids fit equally, when nothing is close, or when it is excluded', () => {
    expect(find(['load_db', 'load_files'], 'load')).toBeUndefined()
    expect(find(['extract', 'load'], 'ghost')).toBeUndefined()
    expect(find(['extract', 'load'], 'extrct', [], ['extract'])).toBeUndefined()
  })

  it('stops guessing spellings in a file with hundreds of dangling names (a rename is still found)', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `job_${i}`)
    const target = renameTargets(new Set(ids), new Map([['old_999', 'job_999']]))
    expect(renameTargets(new Set(ids), new Map())('job_99x', [])).toBe('job_99')
    for (let i = 0; i < 100; i++) target(`jbo_${i}x`, [])
    expect(target('job_99x', [])).toBeUndefined() // over budget: no spelling guess
    expect(target('old_999', [])).toBe('job_999')
  })
})
