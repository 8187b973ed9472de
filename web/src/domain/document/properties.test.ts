/**
 * Property-based tests: random command sequences on random configs (in every file style) and on the
 * engine corpus. After each step the text is valid JSON, the document model equals an independent
 * JSON.parse view and the oracle's value, untouched jobs keep their exact bytes, and at the end the
 * inverse edits replayed in reverse order give back the original bytes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { config, step, type StepFor } from './commandArbitraries.testkit'
import { STYLES, corpusFiles, corpusText, renderMixed } from './document.testkit'
import { idsOf, type Config } from './oracle.testkit'
import { parseDocument } from './parse'
import { applyWithInverse } from './textEdits'
import type { EditResult } from './types'

/** Source text of the first job with each id. */
function jobSources(t: string): Map<string, { value: string; source: string }> {
  const out = new Map<string, { value: string; source: string }>()
  for (const j of parseDocument(t).model.jobs) {
    if (j.id === undefined || out.has(j.id)) continue
    out.set(j.id, {
      value: JSON.stringify(j.raw),
      source: t.slice(j.range.offset, j.range.offset + j.range.length),
    })
  }
  return out
}

function runSequence(original: string, stepsFor: StepFor[]): void {
  let current = original
  const expected = JSON.parse(original) as Config
  const results: EditResult[] = []
  for (const stepFor of stepsFor) {
    const before = current
    const s = stepFor(idsOf(JSON.parse(before) as Config), JSON.parse(before) as Config)
    const sourcesBefore = jobSources(before)
    const refused = s.model(expected) === false
    if (refused) {
      expect(() => s.run(before), s.label).toThrow()
      continue
    }
    const result = s.run(before)
    expect(applyWithInverse(before, result.edits).text, s.label).toBe(result.text)
    current = result.text
    results.push(result)
    const parsed = JSON.parse(current) as Config
    const doc = parseDocument(current)
    expect(doc.syntaxErrors, s.label).toEqual([])
    expect(doc.model.root, s.label).toStrictEqual(parsed)
    expect(parsed, s.label).toEqual(expected)
    expect(
      doc.model.jobs.map((j) => j.id ?? null),
      s.label,
    ).toEqual(
      (Array.isArray(parsed.jobs) ? parsed.jobs : []).map((j) => ((j as Config)?.id as string) ?? null),
    )
    expect(idsOf(parsed)).toEqual(idsOf(expected))
    // A job whose value did not change keeps its exact bytes.
    for (const [jid, after] of jobSources(current)) {
      const prior = sourcesBefore.get(jid)
      if (prior && prior.value === after.value)
        expect(after.source, `${s.label}: bytes of ${jid}`).toBe(prior.source)
    }
    if (!before.includes('\n')) expect(current.includes('\n'), s.label).toBe(false)
    // A minified file stays exactly as JSON.stringify writes it; indentation keeps its character.
    if (before === JSON.stringify(JSON.parse(before))) expect(current).toBe(JSON.stringify(parsed))
    // (An empty `{}` has no indentation to keep: the editor then indents with its default, 2 spaces.)
    const styled = Object.keys(JSON.parse(before) as object).length > 0
    for (const char of [' ', '\t']) {
      const indented = new RegExp('^' + char, 'm')
      if (styled && !indented.test(before))
        expect(indented.test(current), `${s.label}: indentation`).toBe(false)
    }
    if (!/(^|[^\r])\n/.test(before)) expect(/(^|[^\r])\n/.test(current), s.label).toBe(false)
  }
  let restored = current
  for (const r of [...results].reverse()) restored = applyWithInverse(restored, r.inverse).text
  expect(restored).toBe(original)
}

const styled = fc.tuple(config, fc.constantFrom(...STYLES)).map(([c, style]) => style.render(c))
const mixed = fc
  .record({
    c: config,
    coins: fc.infiniteStream(fc.boolean()),
    unit: fc.constantFrom('  ', '    ', '\t'),
    eol: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
  })
  .map(({ c, coins, unit, eol, finalNewline }) => {
    const flips = coins[Symbol.iterator]()
    return renderMixed(c, () => flips.next().value === true, unit, eol) + (finalNewline ? eol : '')
  })
const generated = fc.oneof(styled, mixed)
const corpus = corpusFiles().map(corpusText)
const sources = corpus.length > 0 ? fc.oneof(generated, fc.constantFrom(...corpus)) : generated

describe('random command sequences', () => {
  it('keep the text valid, the model right, and undo exact', () => {
    fc.assert(
      fc.property(sources, fc.array(step, { minLength: 1, maxLength: 10 }), (original, steps) =>
        runSequence(original, steps),
      ),
      { numRuns: 500 },
    )
  })
})
