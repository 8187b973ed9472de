import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import type { HistoryRunDetails } from '@/api/history'
import type { Run } from '@/api/types'
import { useCanvasOverlayStore } from './canvasOverlay'
import { useDocumentStore } from './document'
import { useRunsStore } from './runs'
import { useRunViewStore } from './runView'
import { useWorkspaceStore } from './workspace'

const CONFIG = JSON.stringify({
  application_name: 'demo',
  jobs: [{ id: 'a' }, { id: 'b', dependencies: ['a'] }],
})
const run: Run = {
  id: 'r1',
  config: 'demo.json',
  state: 'running',
  exit_code: null,
  engine_run_id: 4,
  engine_status: null,
  started_at: '',
  command: [],
  entries: 0,
}
const history = {
  run_id: 2,
  application_name: 'demo',
  status: 'FAILED',
  jobs: [
    {
      job_id: 'a',
      attempt: 1,
      status: 'FAILED',
      attempts: [{ attempt: 1, status: 'TIMEOUT', exit_code: -1, duration: 1 }],
      last_error: null,
      last_exit_code: null,
    },
  ],
} as unknown as HistoryRunDetails

describe('which run the canvas shows', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function watching() {
    const doc = useDocumentStore()
    doc.load(CONFIG, 'demo.json')
    useWorkspaceStore().openPath = 'demo.json'
    const runs = useRunsStore()
    runs.run = run
    runs.events = [{ type: 'job_started', job: 'a', time: '2026-01-01 10:00:00' }]
    return { runs, view: useRunViewStore(), overlay: useCanvasOverlayStore() }
  }
  const states = (overlay: ReturnType<typeof useCanvasOverlayStore>) =>
    Object.fromEntries([...(overlay.run?.jobs ?? [])].map(([id, d]) => [id, d.state]))

  it('paints the watched run of the open config, live', async () => {
    const { overlay } = watching()
    await nextTick()
    expect(overlay.run?.label).toBe('Run 4 (live)')
    expect(states(overlay)).toEqual({ a: 'running', b: 'queued' })
  })

  it('does not paint a run of another config on this one', async () => {
    const { runs, overlay } = watching()
    runs.run = { ...run, config: 'other.json' }
    await nextTick()
    expect(overlay.run).toBeNull()
  })

  it('a past run chosen in History replaces it until the live run is shown again', async () => {
    const { view, overlay } = watching()
    view.showHistoryRun(history)
    await nextTick()
    expect(overlay.run?.label).toBe('History run 2 (FAILED)')
    // b has no row: it did not run in that run.
    expect(states(overlay)).toEqual({ a: 'timed_out', b: 'skipped' })
    view.showLive()
    await nextTick()
    expect(overlay.run?.label).toBe('Run 4 (live)')
  })

  it("stays off after the canvas's close, even as new events arrive, until shown again", async () => {
    const { runs, view, overlay } = watching()
    await nextTick()
    overlay.setRun(null)
    await nextTick()
    runs.events = [
      ...runs.events,
      { type: 'job_succeeded', job: 'a', duration_seconds: 1, time: '2026-01-01 10:00:01' },
    ]
    await nextTick()
    expect(overlay.run).toBeNull()
    view.showLive()
    await nextTick()
    expect(states(overlay)).toEqual({ a: 'succeeded', b: 'queued' })
  })
})
