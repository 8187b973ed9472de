import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseDocument } from '@/domain/document/parse'
import { buildPlan } from '@/domain/plan'
import { orderDifference, ordinal, planSummary, sectionRows, waveOf } from './planView'

const example = (name: string) =>
  buildPlan(
    parseDocument(readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8')).model,
  )
const inline = (jobs: unknown[], app: Record<string, unknown> = {}) =>
  buildPlan(parseDocument(JSON.stringify({ application_name: 'x', ...app, jobs })).model)

describe('plan panel rows', () => {
  it('numbers the real run order with each job wave and worst case', () => {
    const rows = sectionRows(example('etl_pipeline.json'), 'order')
    expect(rows.map((r) => `${r.marker}. ${r.text}`)).toEqual([
      '1. extract_orders',
      '2. extract_customers',
      '3. clean_data',
      '4. load_warehouse',
      '5. sales_report',
    ])
    expect(rows[0]!.detail).toBe('wave 1 · ≤ 20 min 33 s')
  })

  it('lists the waves as headings followed by their jobs', () => {
    const rows = sectionRows(example('parallel_fanout.json'), 'waves')
    const headings = rows.filter((r) => r.kind === 'heading')
    expect(headings.map((h) => h.text)).toEqual(['Wave 1', 'Wave 2', 'Wave 3', 'Wave 4'])
    expect(headings[1]!.detail).toMatch(/^4 jobs · ≤ /)
    const second = rows.indexOf(headings[1]!)
    expect(rows.slice(second + 1, second + 5).map((r) => r.id)).toEqual([
      'report_emea',
      'report_americas',
      'report_apac',
      'report_africa',
    ])
  })

  it('accumulates the worst case along the critical path', () => {
    const plan = example('parallel_fanout.json')
    const rows = sectionRows(plan, 'critical')
    expect(rows.map((r) => r.id)).toEqual(['prepare', 'report_emea', 'merge_reports', 'publish'])
    expect(rows.at(-1)!.detail).toMatch(/at 50 min$/)
    expect(planSummary(plan).critical).toBe('50 min')
  })

  it('says where and why the dry-run order differs, and marks the moved jobs', () => {
    // b depends on c, declared after it: the run starts c (ready) first, the dry-run visits a's chain.
    const plan = inline([
      { id: 'a', command: 'x' },
      { id: 'b', command: 'x', dependencies: ['a', 'c'] },
      { id: 'c', command: 'x' },
    ])
    expect(plan.sequentialOrder).toEqual(['a', 'c', 'b'])
    expect(plan.dryRun.order).toEqual(['a', 'c', 'b'])
    const chain = inline([
      { id: 'top', command: 'x', dependencies: ['mid'] },
      { id: 'mid', command: 'x', dependencies: ['root'] },
      { id: 'root', command: 'x' },
      { id: 'other', command: 'x' },
    ])
    expect(chain.sequentialOrder).toEqual(['root', 'other', 'mid', 'top'])
    expect(chain.dryRun.order).toEqual(['root', 'mid', 'top', 'other'])
    expect(orderDifference(chain)).toMatch(/^The dry-run lists jobs in another order from position 2: /)
    expect(sectionRows(chain, 'dryRun').map((r) => r.detail)).toEqual([
      '',
      'runs 3rd',
      'runs 4th',
      'runs 2nd',
    ])
    expect(orderDifference(plan)).toBeNull()
  })

  it('lists the jobs that never run, with the reason', () => {
    const plan = inline([
      { id: 'a', command: 'x', dependencies: ['ghost'] },
      { id: 'b', command: 'x', dependencies: ['a'] },
    ])
    const rows = sectionRows(plan, 'never')
    expect(rows.map((r) => [r.id, r.detail, r.tone])).toEqual([
      ['a', 'depends on ghost, which does not exist', 'danger'],
      ['b', 'on or behind a dependency cycle, or behind a job that never runs', 'danger'],
    ])
    expect(planSummary(plan).jobs).toBe('2 jobs, 2 never run')
  })

  it('summarises the mode and where it comes from', () => {
    const s = planSummary(example('parallel_fanout.json'))
    expect([s.mode, s.modeSource, s.workers]).toEqual([
      'Parallel, 4 workers',
      'set by "parallel"',
      '4 jobs at a time',
    ])
    expect(waveOf(example('parallel_fanout.json')).get('publish')).toBe(4)
  })

  it('writes ordinals the English way', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '112th',
    ])
  })
})
