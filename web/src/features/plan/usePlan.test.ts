import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { useCanvasOverlayStore } from '@/stores/canvasOverlay'
import { useUiStore } from '@/stores/ui'
import { usePlan } from './usePlan'

const config = (deps: Record<string, string[]>) =>
  JSON.stringify({
    application_name: 'p',
    parallel: true,
    max_workers: 4,
    jobs: Object.entries(deps).map(([id, dependencies]) => ({ id, command: 'x', dependencies })),
  })

function setup() {
  setActivePinia(createPinia())
  const doc = useDocumentStore()
  doc.load(config({ a: [], b: ['a'], c: ['a'] }), 'p.json')
  const scope = effectScope()
  const plan = scope.run(() => usePlan())!
  return { doc, plan, overlay: useCanvasOverlayStore(), ui: useUiStore(), scope }
}

describe('usePlan', () => {
  it('hands the plan to the canvas only while the overlay or the Plan tab shows it', async () => {
    const { overlay, ui, scope } = setup()
    await nextTick()
    expect(overlay.plan).toBeNull()
    overlay.togglePlan(true)
    await nextTick()
    expect(overlay.plan?.criticalPath).toEqual(['a', 'b'])
    expect([...overlay.plan!.waves]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ])
    expect([...overlay.criticalEdges]).toEqual(['a\u2192b'])
    overlay.togglePlan(false)
    await nextTick()
    expect(overlay.plan).toBeNull()
    ui.toggleDock('plan', true)
    await nextTick()
    expect(overlay.plan).not.toBeNull()
    scope.stop()
  })

  it('follows edits, keeps the last plan (stale) while the JSON is broken, and forgets it for a new file', async () => {
    const { doc, plan, scope } = setup()
    expect(plan.plan.value?.waves).toEqual([['a'], ['b', 'c']])
    doc.replaceText(config({ a: [], b: ['a'], c: ['b'] }), 'edit', 'json')
    expect(plan.plan.value?.waves).toEqual([['a'], ['b'], ['c']])
    doc.replaceText(doc.text.slice(0, -3), 'edit', 'json')
    expect(plan.stale.value).toBe(true)
    expect(plan.plan.value?.waves).toEqual([['a'], ['b'], ['c']])
    doc.load('{"jobs": [', 'other.json')
    expect(plan.plan.value).toBeNull()
    expect(plan.stale.value).toBe(false)
    scope.stop()
  })

  it('plans for the mode chosen in the panel', () => {
    const { plan, scope } = setup()
    expect(plan.plan.value?.mode.parallel).toBe(true)
    plan.modeChoice.value = 'sequential'
    expect(plan.plan.value?.mode.parallel).toBe(false)
    expect(plan.plan.value?.mode.parallelSource).toBe('--sequential')
    scope.stop()
  })
})
