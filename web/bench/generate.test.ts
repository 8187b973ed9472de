import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM module without types, shared with the bench runner
import { generateConfig, SHAPES } from './generate.mjs'

describe('benchmark config generator', () => {
  for (const shape of Object.keys(SHAPES)) {
    it(`makes a ${shape} of exactly 1000 valid, acyclic jobs with known dependencies`, () => {
      const config = JSON.parse(generateConfig(shape, 1000))
      const ids = config.jobs.map((j: { id: string }) => j.id)
      expect(ids).toHaveLength(1000)
      expect(new Set(ids).size).toBe(1000)
      const position = new Map<string, number>(ids.map((id: string, i: number) => [id, i]))
      for (const [i, job] of config.jobs.entries()) {
        for (const dep of job.dependencies ?? []) {
          // Every dependency exists and is declared earlier, so the graph is a DAG.
          expect(position.get(dep)).toBeLessThan(i)
        }
      }
    })
  }

  it('is deterministic', () => {
    expect(generateConfig('layered', 500)).toBe(generateConfig('layered', 500))
  })
})
