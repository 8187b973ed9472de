import { describe, expect, it } from 'vitest'
import { lineDiff } from './lineDiff'

const show = (mine: string, theirs: string) =>
  lineDiff(mine, theirs).map(
    (r) => `${r.kind === 'same' ? ' ' : '!'} ${r.left?.text ?? '·'} | ${r.right?.text ?? '·'}`,
  )

describe('lineDiff', () => {
  it('marks identical texts as all same', () => {
    expect(lineDiff('a\nb', 'a\nb').every((r) => r.kind === 'same')).toBe(true)
  })

  it('pairs a replaced line and keeps the lines around it aligned', () => {
    expect(show('a\nmine\nc', 'a\ntheirs\nc')).toEqual(['  a | a', '! mine | theirs', '  c | c'])
  })

  it('shows an added line with an empty cell on the other side', () => {
    expect(show('a\nc', 'a\nb\nc')).toEqual(['  a | a', '! · | b', '  c | c'])
    expect(show('a\nb\nc', 'a\nc')).toEqual(['  a | a', '! b | ·', '  c | c'])
  })

  it('keeps line numbers of each side', () => {
    const rows = lineDiff('x\na\nb', 'a\nb\ny')
    expect(rows.map((r) => [r.left?.line ?? null, r.right?.line ?? null])).toEqual([
      [1, null],
      [2, 1],
      [3, 2],
      [null, 3],
    ])
  })
})
