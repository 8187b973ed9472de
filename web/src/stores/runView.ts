/**
 * What the control room shows about runs beyond the live stream: which run is painted on the canvas
 * (the watched run, or a past run chosen in History), the run whose timeline is open, and the
 * application's recent durations (for the ETA and the trend). Writes the canvas overlay.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { useNow } from '@vueuse/core'
import { historyApi, type DurationHistory, type HistoryRunDetails, type RunTimeline } from '@/api/history'
import { historyStates } from '@/features/runs/historyStates'
import { liveDecor } from '@/features/runs/liveRun'
import { useCanvasOverlayStore, type RunOverlay } from './canvasOverlay'
import { useDocumentStore } from './document'
import { useRunsStore } from './runs'

export type TimelineSubject = { kind: 'live' } | { kind: 'history'; runId: number; application: string }

export const useRunViewStore = defineStore('runView', () => {
  const runs = useRunsStore()
  const doc = useDocumentStore()
  const overlay = useCanvasOverlayStore()
  /** A past run painted on the canvas instead of the watched one. */
  const historyRun = shallowRef<HistoryRunDetails | null>(null)
  const timelineSubject = ref<TimelineSubject>({ kind: 'live' })
  const historyTimeline = shallowRef<RunTimeline | null>(null)
  const timelineError = ref<string | null>(null)
  const durations = shallowRef<DurationHistory | null>(null)
  const durationsError = ref<string | null>(null)
  const hidden = ref(false)
  /** Ticks while a run streams, for elapsed times, the ETA and growing timeline bars. */
  const { now, pause, resume } = useNow({ interval: 1000, controls: true })
  watch(
    () => runs.running,
    (running) => {
      now.value = new Date()
      if (running) resume()
      else pause()
    },
    { immediate: true },
  )

  const configJobIds = computed(() => doc.view.model.jobs.flatMap((j) => (j.id === undefined ? [] : [j.id])))
  const application = computed(() => {
    const name = doc.view.model.app.application_name
    return typeof name === 'string' && name ? name : null
  })

  const runOverlay = computed<RunOverlay | null>(() => {
    if (hidden.value) return null
    if (historyRun.value) {
      const run = historyRun.value
      return {
        label: `History run ${run.run_id} (${run.status})`,
        jobs: historyStates(run.jobs, configJobIds.value),
      }
    }
    const run = runs.run
    if (!run || !runs.runIsOpenFile) return null
    const engineId = run.engine_run_id ? ` ${run.engine_run_id}` : ''
    const label = `Run${engineId} (${runs.running ? 'live' : (runs.status ?? run.state)})`
    return { label, jobs: liveDecor(runs.live) }
  })
  watch(runOverlay, (next) => overlay.setRun(next), { immediate: true })
  // The canvas's own close clears the overlay: keep it off until the user shows a run again.
  watch(
    () => overlay.run,
    (current) => {
      if (current === null && runOverlay.value !== null) hidden.value = true
    },
  )

  // Watching a new run paints it; a past run stays painted until then.
  watch(
    () => runs.run?.id,
    (id, before) => {
      if (id && id !== before) {
        historyRun.value = null
        hidden.value = false
        timelineSubject.value = { kind: 'live' }
        void loadDurations()
      }
    },
  )

  // The finished run is in the history now: the trend includes it.
  watch(
    () => runs.streamEnded,
    (ended) => {
      if (ended && timelineSubject.value.kind === 'live') void loadDurations()
    },
  )

  function showHistoryRun(run: HistoryRunDetails) {
    historyRun.value = run
    hidden.value = false
  }
  function showLive() {
    historyRun.value = null
    hidden.value = false
  }

  /** After mark-success: paint what the engine's DB now says about the run. */
  async function showFromHistory(engineRunId: number) {
    try {
      showHistoryRun(await historyApi.run(engineRunId))
    } catch {
      // No history DB configured: the live states stay.
    }
  }

  async function openTimeline(subject: TimelineSubject) {
    timelineSubject.value = subject
    runs.show('timeline')
    historyTimeline.value = null
    timelineError.value = null
    if (subject.kind === 'history') {
      void loadDurations(subject.application)
      try {
        historyTimeline.value = await historyApi.timeline(subject.runId)
      } catch (error) {
        timelineError.value = (error as Error).message
      }
    }
  }

  /** Recent durations of `app` (default: the open config's application), for the ETA and the trend. */
  async function loadDurations(app: string | null = application.value) {
    durations.value = null
    durationsError.value = null
    if (!app) return
    try {
      durations.value = await historyApi.durations(app)
    } catch (error) {
      durationsError.value = (error as Error).message
    }
  }

  return {
    historyRun,
    timelineSubject,
    historyTimeline,
    timelineError,
    durations,
    durationsError,
    now,
    application,
    runOverlay,
    showHistoryRun,
    showFromHistory,
    showLive,
    openTimeline,
    loadDurations,
  }
})
