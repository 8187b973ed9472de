import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { budgets, markdownTable } from './lib/report.mjs'

type Row = { shape: string; size: number; openInteractiveMs: number | null; crossings?: number }
type Verdict = { name: string; value: number | null; met: boolean | null }
const bundle = { initialJsGzipKb: 200 }
const smallOpen = (rows: Row[]) =>
  (budgets(rows, bundle) as Verdict[]).find((b) => b.name.startsWith('open → interactive at 100/200/300'))!

describe('bench report', () => {
  it('judges a small file’s open by the worst shape and size up to 300 jobs', () => {
    const rows: Row[] = [
      { shape: 'chain', size: 100, openInteractiveMs: 250 },
      { shape: 'layered', size: 200, openInteractiveMs: 420 },
      { shape: 'fanout', size: 300, openInteractiveMs: 380 },
      { shape: 'layered', size: 1000, openInteractiveMs: 900 },
    ]
    expect(smallOpen(rows)).toMatchObject({ value: 420, met: false })
    expect(smallOpen(rows.filter((r) => r.openInteractiveMs !== 420))).toMatchObject({
      value: 380,
      met: true,
    })
  })

  it('says "not measured" when no small file was opened, or one failed to open', () => {
    expect(smallOpen([{ shape: 'chain', size: 1000, openInteractiveMs: 600 }]).met).toBeNull()
    expect(smallOpen([{ shape: 'chain', size: 100, openInteractiveMs: null }]).met).toBeNull()
  })

  it('keeps the existing columns and adds the layout quality ones at the end', () => {
    const header = (markdownTable([]) as string).split('\n')[0]!
    expect(header.startsWith('| shape | jobs | runs | open→interactive |')).toBe(true)
    expect(header.endsWith('| longest task | crossings | edge length (k px) |')).toBe(true)
  })
})
