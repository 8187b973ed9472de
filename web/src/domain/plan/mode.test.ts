import { describe, expect, it } from 'vitest'
import { executionMode } from './mode'
import { pyInt, pyTruthy } from './python'

describe('execution mode (ENGINE.md §1.1 parallel / max_workers)', () => {
  it('prints the engine’s mode line', () => {
    expect(executionMode({}).text).toBe('Execution mode: SEQUENTIAL')
    expect(executionMode({ parallel: true, max_workers: 3 }).text).toBe(
      'Execution mode: PARALLEL with 3 workers',
    )
    expect(executionMode({ parallel: true }).text).toBe('Execution mode: PARALLEL with 1 workers')
  })

  it.each([
    ['no', true],
    ['false', true],
    [1, true],
    [0, false],
    [[], false],
    [{}, false],
    ['', false],
    [null, false],
  ])('follows Python truthiness: parallel %j → %s', (parallel, expected) => {
    const mode = executionMode({ parallel })
    expect(mode.parallel).toBe(expected)
    expect(mode.notes.join()).toMatch(/truthiness/)
  })

  it('turns max_workers ≤ 0 into 1 and crashes on a string', () => {
    const zero = executionMode({ parallel: true, max_workers: 0 })
    expect(zero).toMatchObject({ slots: 1, text: 'Execution mode: PARALLEL with 1 workers' })
    expect(zero.notes.join()).toMatch(/changed to 1/)
    expect(executionMode({ max_workers: '4' }).crash).toMatch(/crashes/)
  })

  it('applies --sequential over --parallel, and --workers only when positive', () => {
    expect(executionMode({ parallel: true }, { sequential: true, parallel: true })).toMatchObject({
      parallel: false,
      parallelSource: '--sequential',
    })
    expect(executionMode({ max_workers: 2 }, { parallel: true, workers: 5 }).text).toBe(
      'Execution mode: PARALLEL with 5 workers',
    )
    expect(executionMode({ parallel: 1, max_workers: 2 }, { workers: 0 }).slots).toBe(2)
  })
})

describe('Python int()', () => {
  it.each([
    [' 30 ', 30],
    ['-7', -7],
    ['1_000', 1000],
    ['3.5', undefined],
    ['', undefined],
    [-1.9, -1],
    [true, 1],
    [Infinity, undefined],
    [null, undefined],
  ])('int(%j) = %s', (value, expected) => {
    expect(pyInt(value)).toBe(expected)
  })

  it('treats NaN as truthy, like Python', () => {
    expect(pyTruthy(NaN)).toBe(true)
  })
})
