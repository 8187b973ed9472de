import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { buildPlan } from '@/domain/plan'
import { planConfig } from '@/domain/bigConfigs.testkit'
import { cardOverlays } from '@/features/canvas/cardOverlay'
import { planSummary, sectionRows, waveOf, type PlanSection } from './planView'

// How long the recompute takes is measured by `make bench` (bench/domain.mjs), not asserted here: a
// shared CI machine makes any time budget in a test flaky.
describe('a 1000-job plan', () => {
  it('gives the listed section a row per job and every card its wave', () => {
    const model = parseDocument(planConfig(1000)).model
    const section: PlanSection = 'order'
    const plan = buildPlan(model)
    const waves = waveOf(plan)
    planSummary(plan)
    expect(sectionRows(plan, section, waves)).toHaveLength(1000)
    const overlays = cardOverlays({ waves, criticalPath: plan.criticalPath.ids }, null)
    expect(overlays.size).toBe(1000)
    expect(overlays.get('job_0')).toMatchObject({ wave: 1, critical: true })
    expect(overlays.get('job_999')!.wave).toBe(Math.max(...waves.values()))
  })
})
