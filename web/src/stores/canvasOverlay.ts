/**
 * What the canvas draws on top of the document's graph, from other features: the plan (wave numbers,
 * the critical path) and a run (each job's state, live or from history). The canvas only reads this
 * store; the plan panel and the runs feature write it. Nothing here enters the document.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { edgeId } from '@/features/canvas/canvasGraph'

/** A job's state in a run, as the card shows it (colour and icon per state). */
export type JobRunState =
  'queued' | 'running' | 'retrying' | 'succeeded' | 'failed' | 'timed_out' | 'skipped' | 'cancelled'

export interface JobRunDecor {
  state: JobRunState
  /** Short text beside the state, e.g. "retry 1/2" or "3.2 s". */
  detail?: string
  /** `Date.now()` when the job started, for a live elapsed time while it runs. */
  startedAt?: number
}

export interface PlanOverlay {
  /** 1-based wave per job id. */
  waves: ReadonlyMap<string, number>
  /** Job ids on the critical path, in order. */
  criticalPath: readonly string[]
}

export interface RunOverlay {
  /** What is shown, e.g. "Run 12 (live)" or "History run 7". */
  label: string
  jobs: ReadonlyMap<string, JobRunDecor>
}

export const useCanvasOverlayStore = defineStore('canvasOverlay', () => {
  /** The plan overlay is a toggle the user turns on ("Plan" on the canvas toolbar). */
  const planVisible = ref(false)
  /**
   * Set by the plan feature (features/plan/usePlan.ts) from the document's plan while the Plan panel
   * or the overlay is shown, null otherwise; it follows edits with the diagnostics' debounce.
   */
  const plan = shallowRef<PlanOverlay | null>(null)
  /**
   * Set by the runs feature (a live or a history run); null shows no run. Each call replaces the
   * whole overlay: pass a new `jobs` Map (the canvas compares entries, so unchanged jobs cost nothing).
   */
  const run = shallowRef<RunOverlay | null>(null)

  /** Edge ids (canvasGraph's edgeId) on the critical path, when the plan overlay is shown. */
  const criticalEdges = computed<ReadonlySet<string>>(() => {
    const path = planVisible.value ? plan.value?.criticalPath : undefined
    const edges = new Set<string>()
    if (path) for (let i = 1; i < path.length; i++) edges.add(edgeId(path[i - 1]!, path[i]!))
    return edges
  })

  function setPlan(next: PlanOverlay | null) {
    plan.value = next
  }
  function setRun(next: RunOverlay | null) {
    run.value = next
  }
  function togglePlan(visible = !planVisible.value) {
    planVisible.value = visible
  }

  return { planVisible, plan, run, criticalEdges, setPlan, setRun, togglePlan }
})
