import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import { diagnosticsConfig } from '../bigConfigs.testkit'

// How long these take is measured by `make bench` (bench/domain.mjs), not asserted here: a shared CI
// machine makes any time budget in a test flaky.
describe('a big config (1000 jobs)', () => {
  it('is diagnosed without a single error when it is sound', () => {
    const doc = parseDocument(diagnosticsConfig(1000))
    expect(diagnose(doc).filter((d) => d.severity === 'error')).toEqual([])
  })

  it('gets one unknown-dependency diagnostic per broken dependency, each with its quick fixes', () => {
    const text = diagnosticsConfig(1000, 'missing_')
    const doc = parseDocument(text)
    const dependencyCount = (JSON.parse(text) as { jobs: { dependencies: string[] }[] }).jobs.reduce(
      (n, j) => n + j.dependencies.length,
      0,
    )
    const unknown = diagnose(doc).filter((d) => d.code === 'dependency-unknown')
    expect(unknown).toHaveLength(dependencyCount)
    expect(unknown.every((d) => (d.fixes ?? []).length > 0)).toBe(true)
  })
})
