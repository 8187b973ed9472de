/**
 * The plan of the open document, shared by the Plan panel and the canvas's plan overlay.
 *
 * It follows the diagnostics (`diagnosedParse`): at once for a small file, after the same pause as
 * the problems for a large one, so typing in a 1000-job file does not pay for a plan per keystroke.
 * It is only computed while someone shows it (the panel's tab or the overlay), and it is what the
 * overlay store gets (`setPlan`), or null while neither shows it. While the JSON has a syntax error
 * the last plan stays, marked stale.
 */
import { computed, ref, watch } from 'vue'
import { createSharedComposable } from '@vueuse/core'
import { buildPlan, type ModeOverrides, type Plan } from '@/domain/plan'
import type { ConfigModel } from '@/domain/document/types'
import { useDocumentStore } from '@/stores/document'
import { useUiStore } from '@/stores/ui'
import { useCanvasOverlayStore, type PlanOverlay } from '@/stores/canvasOverlay'
import { waveOf, type PlanSection } from './planView'

/** The execution mode the plan is computed for, like the engine's --sequential / --parallel flags. */
export type PlanModeChoice = 'file' | 'sequential' | 'parallel'

const OVERRIDES: Record<PlanModeChoice, ModeOverrides> = {
  file: {},
  sequential: { sequential: true },
  parallel: { parallel: true },
}

export const usePlan = createSharedComposable(() => {
  const doc = useDocumentStore()
  const ui = useUiStore()
  const overlay = useCanvasOverlayStore()
  const modeChoice = ref<PlanModeChoice>('file')
  /** The section the panel lists (kept while the panel is closed). */
  const section = ref<PlanSection>('order')
  const panelShown = computed(() => ui.problemsOpen && ui.dockTab === 'plan')

  type Planned = { plan: Plan; model: ConfigModel }
  /** The last plan of a valid text and its model, and the file it belongs to (a new file starts without one). */
  let last: Planned | null = null
  let lastFile = -1
  const current = computed<{ planned: Planned | null; stale: boolean }>(() => {
    if (doc.openSeq !== lastFile) [last, lastFile] = [null, doc.openSeq]
    const parsed = doc.diagnosedParse
    const root = parsed.model.root
    if (parsed.syntaxErrors.length > 0 || typeof root !== 'object' || root === null)
      return { planned: last, stale: last !== null }
    last = { plan: buildPlan(parsed.model, { overrides: OVERRIDES[modeChoice.value] }), model: parsed.model }
    return { planned: last, stale: false }
  })
  const plan = computed(() => current.value.planned?.plan ?? null)
  /** The model the plan was made from (a job's `index` in the plan points into its `jobs`). */
  const model = computed(() => current.value.planned?.model ?? null)
  const stale = computed(() => current.value.stale)
  const waves = computed(() => (plan.value ? waveOf(plan.value) : new Map<string, number>()))

  const planOverlay = computed<PlanOverlay | null>(() =>
    plan.value ? { waves: waves.value, criticalPath: plan.value.criticalPath.ids } : null,
  )
  watch(
    () => (panelShown.value || overlay.planVisible ? planOverlay.value : null),
    (next) => overlay.setPlan(next),
    { immediate: true },
  )

  return { plan, model, stale, waves, modeChoice, section, panelShown }
})
