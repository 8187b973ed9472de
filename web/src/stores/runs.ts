/**
 * The engine bridge's client state: the last dry-run verdict, the run being watched (its output lines
 * and parsed events, streamed over Server-Sent Events) and the engine panel's visibility.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiError } from '@/api/client'
import { engineApi } from '@/api/engine'
import type { DryRunResult, Run, RunEvent, RunOptions } from '@/api/types'
import { finalStatus } from '@/features/runs/runEvents'
import { foldRun } from '@/features/runs/liveRun'
import { useDocumentStore } from './document'
import { useWorkspaceStore } from './workspace'

export type EngineTab = 'verdict' | 'run' | 'timeline' | 'history'
/** Lines kept in the view; the server keeps everything, the browser only the tail. */
const MAX_LINES = 5000

export const useRunsStore = defineStore('runs', () => {
  const panelOpen = ref(false)
  const tab = ref<EngineTab>('verdict')
  const dryRun = shallowRef<{ path: string; result: DryRunResult } | null>(null)
  const dryRunError = ref<string | null>(null)
  const dryRunBusy = ref(false)
  const run = shallowRef<Run | null>(null)
  const lines = shallowRef<string[]>([])
  const events = shallowRef<RunEvent[]>([])
  const streamEnded = ref(false)
  const runError = ref<string | null>(null)
  /** Set when the server accepted Cancel, until the run's stream says how it ended. */
  const cancelRequested = ref(false)
  let source: EventSource | null = null
  const doc = useDocumentStore()
  const ws = useWorkspaceStore()

  /** The watched run's config, when it is the open document: its jobs are queued from the start. */
  const runIsOpenFile = computed(() => run.value !== null && run.value.config === ws.openPath)
  const configJobIds = computed(() =>
    runIsOpenFile.value ? doc.view.model.jobs.flatMap((j) => (j.id === undefined ? [] : [j.id])) : [],
  )
  const live = computed(() => foldRun(events.value, configJobIds.value))
  const status = computed(
    () => finalStatus(events.value) ?? (run.value?.state === 'failed_to_start' ? 'FAILED_TO_START' : null),
  )
  const running = computed(() => run.value !== null && !streamEnded.value)

  function show(which: EngineTab) {
    tab.value = which
    panelOpen.value = true
  }

  async function startDryRun(path: string, options: RunOptions = {}) {
    show('verdict')
    dryRunBusy.value = true
    dryRunError.value = null
    try {
      dryRun.value = { path, result: await engineApi.dryRun(path, options) }
    } catch (error) {
      dryRun.value = null
      dryRunError.value = (error as Error).message
    } finally {
      dryRunBusy.value = false
    }
  }

  /** After a page reload: runs outlive the tab, so pick up the newest active one (output replayed). */
  async function resume() {
    try {
      const active = (await engineApi.runs()).runs.find((r) => r.state === 'running')
      if (active && !run.value) watchRun(active)
    } catch {
      // No engine or server gone: nothing to resume.
    }
  }

  function watchRun(next: Run) {
    source?.close()
    run.value = next
    lines.value = []
    events.value = []
    streamEnded.value = false
    runError.value = null
    cancelRequested.value = false
    show('run')
    const stream = new EventSource(engineApi.eventsUrl(next.id))
    source = stream
    stream.addEventListener('line', (message) => {
      const { text } = JSON.parse((message as MessageEvent<string>).data) as { text: string }
      const all = [...lines.value, text]
      lines.value = all.length > MAX_LINES ? all.slice(-MAX_LINES) : all
    })
    stream.addEventListener('run', (message) => {
      const event = {
        ...(JSON.parse((message as MessageEvent<string>).data) as RunEvent),
        received_at: Date.now(),
      }
      events.value = [...events.value, event]
      if (event.type === 'run_started' && run.value)
        run.value = { ...run.value, engine_run_id: event.engine_run_id ?? null }
    })
    // `end`: everything was sent; closing stops EventSource from reconnecting and replaying.
    stream.addEventListener('end', () => {
      stream.close()
      if (source !== stream) return
      streamEnded.value = true
      // The final record says whether the engine's DB was left reading RUNNING.
      void engineApi.run(next.id).then(
        (final) => source === stream && (run.value = final),
        () => {},
      )
    })
  }

  async function startRun(path: string, options: RunOptions) {
    runError.value = null
    try {
      watchRun(await engineApi.startRun(path, options))
    } catch (error) {
      // One active run per config: show the one already running instead.
      const active = error instanceof ApiError && error.status === 409 ? error.body.run : undefined
      if (typeof active === 'string') watchRun(await engineApi.run(active))
      runError.value = (error as Error).message
      show('run')
    }
  }

  async function cancel() {
    if (!run.value) return
    try {
      cancelRequested.value = true
      run.value = await engineApi.cancel(run.value.id)
    } catch (error) {
      cancelRequested.value = false
      runError.value = (error as Error).message
    }
  }

  return {
    panelOpen,
    tab,
    dryRun,
    dryRunError,
    dryRunBusy,
    run,
    lines,
    events,
    streamEnded,
    runError,
    cancelRequested,
    runIsOpenFile,
    live,
    status,
    running,
    show,
    startDryRun,
    watchRun,
    resume,
    startRun,
    cancel,
  }
})
