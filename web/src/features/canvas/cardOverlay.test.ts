import { describe, expect, it } from 'vitest'
import type { JobRunDecor, RunOverlay } from '@/stores/canvasOverlay'
import { cardOverlays, runningJobs } from './cardOverlay'

const plan = {
  waves: new Map([
    ['a', 1],
    ['b', 2],
    ['c', 2],
  ]),
  criticalPath: ['a', 'b'],
}
const run = (jobs: [string, JobRunDecor][]): RunOverlay => ({ label: 'Run 1', jobs: new Map(jobs) })

describe('cardOverlays', () => {
  it('gives each job its wave, whether it is on the critical path, and its run state', () => {
    const entries = cardOverlays(plan, run([['c', { state: 'failed', detail: 'exit 1' }]]))
    expect(entries.get('a')).toEqual({ wave: 1, critical: true })
    expect(entries.get('c')).toEqual({ wave: 2, critical: false, run: { state: 'failed', detail: 'exit 1' } })
    expect(cardOverlays(null, null).size).toBe(0)
  })

  it('keeps the object of an entry that did not change, so only changed cards re-render', () => {
    const first = cardOverlays(
      plan,
      run([
        ['a', { state: 'running', startedAt: 5 }],
        ['b', { state: 'queued' }],
      ]),
    )
    // A new run snapshot with new objects: a finished, b started.
    const next = cardOverlays(
      plan,
      run([
        ['a', { state: 'succeeded' }],
        ['b', { state: 'queued' }],
      ]),
      first,
    )
    expect(next.get('a')).not.toBe(first.get('a'))
    expect(next.get('b')).toBe(first.get('b'))
    expect(next.get('c')).toBe(first.get('c'))
  })

  it('lists the running jobs', () => {
    const r = run([
      ['a', { state: 'running' }],
      ['b', { state: 'retrying' }],
      ['c', { state: 'running' }],
    ])
    expect([...runningJobs(r)]).toEqual(['a', 'c'])
    expect(runningJobs(null).size).toBe(0)
  })
})
