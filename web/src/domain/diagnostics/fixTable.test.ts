/**
 * Every diagnostic code of the table (codes.ts) is either fixable — a config that produces it, the
 * fixes it offers and the exact text each one gives — or listed with the reason it has no fix. A
 * code added without either fails here.
 */
import { describe, expect, it } from 'vitest'
import { CODES } from './codes'
import type { Code } from './codes'
import { WITH_FIX_CASES } from './fixCases.testkit'
import { applyFix, newErrors, type FixCase } from './fixTable.testkit'
import { NO_FIX_CASES } from './noFixCases.testkit'
import { diagnose } from '.'
import { parseDocument } from '../document/parse'

const diagnoseText = (text: string) => diagnose(parseDocument(text), { fileName: 'demo.json' })

/** `changes` applied to `text`, each `from` found exactly once. */
function expectedText(text: string, changes: readonly (readonly [string, string])[]): string {
  return changes.reduce((t, [from, to]) => {
    const at = t.indexOf(from)
    expect(at, `"${from}" is in the fixture`).toBeGreaterThanOrEqual(0)
    expect(t.indexOf(from, at + 1), `"${from}" is in the fixture once`).toBe(-1)
    return t.slice(0, at) + to + t.slice(at + from.length)
  }, text)
}

describe('the table of quick fixes', () => {
  it('lists every code, either with a fixture and its fixes or with the reason it has none', () => {
    const covered = new Set<string>([
      ...WITH_FIX_CASES.map((c) => c.code),
      ...NO_FIX_CASES.map((c) => c.code),
    ])
    const missing = Object.keys(CODES).filter((code) => !covered.has(code))
    expect(missing, 'codes without a fix case or a "no fix, because" entry').toEqual([])
  })

  it.each(WITH_FIX_CASES.map((c): [string, FixCase] => [`${c.code} ${c.path}: ${c.fixes[0]!.title}`, c]))(
    '%s',
    (_name, c) => {
      const found = diagnoseText(c.text).filter((d) => d.code === c.code && d.path === c.path)
      expect(found, `${c.code} at "${c.path}"`).toHaveLength(1)
      const d = found[0]!
      expect(d.fixes?.map((f) => f.title)).toEqual(c.fixes.map((f) => f.title))
      expect(d.fix).toBe(d.fixes![0])
      d.fixes!.forEach((fix, i) => {
        const after = applyFix(c.text, fix)
        // The whole text compared: nothing but the intended snippets changed.
        expect(after, fix.title).toBe(expectedText(c.text, c.fixes[i]!.changes))
        const again = diagnoseText(after)
        expect(parseDocument(after).syntaxErrors, fix.title).toEqual([])
        expect(
          again.filter((x) => x.code === c.code && x.path === c.path),
          fix.title,
        ).toEqual([])
        expect(newErrors(diagnoseText(c.text), again), fix.title).toEqual([])
      })
    },
  )

  it.each(NO_FIX_CASES.map((c): [Code, string, (typeof NO_FIX_CASES)[number]] => [c.code, c.why, c]))(
    '%s has no fix: %s',
    (_code, _why, c) => {
      const found = diagnoseText(c.text).filter((d) => d.code === c.code && d.path === c.path)
      expect(found, `${c.code} at "${c.path}"`).toHaveLength(1)
      expect(found[0]!.fixes).toBeUndefined()
    },
  )

  it('every fix of every diagnostic in every fixture keeps the file valid and adds no error', () => {
    let applied = 0
    for (const c of [...WITH_FIX_CASES, ...NO_FIX_CASES]) {
      const before = diagnoseText(c.text)
      for (const fix of before.flatMap((d) => d.fixes ?? [])) {
        const after = applyFix(c.text, fix)
        expect(parseDocument(after).syntaxErrors, `${fix.title} in ${c.code}`).toEqual([])
        expect(newErrors(before, diagnoseText(after)), `${fix.title} in ${c.code}`).toEqual([])
        applied++
      }
    }
    expect(applied).toBeGreaterThan(WITH_FIX_CASES.length)
  })
})
