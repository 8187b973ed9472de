/**
 * The ONE place where canvas gestures become document commands (DESIGN.md §5: a controlled canvas).
 * Vue Flow only reports what the user did; this module refuses what must be refused (cycles,
 * duplicate links, edits while the JSON is broken) and records everything in the one undo history.
 */
import {
  addDependency,
  addJob,
  duplicateJob,
  pasteJobs,
  removeDependency,
  removeJobs,
} from '@/domain/document/commands'
import type { EditResult } from '@/domain/document/types'
import { cycleIfLinked } from '@/domain/graph/cycles'
import { useDocumentStore } from '@/stores/document'
import { useLayoutStore, type Direction, type XY } from '@/stores/layout'
import { useSelectionStore } from '@/stores/selection'
import { useUiStore } from '@/stores/ui'
import { computeLayout } from './autoLayout'
import { ELK_UP_TO, type LayoutQuality } from './layoutTypes'
import { NODE_WIDTH } from './layoutTypes'
import { selectInView } from './viewRequests'
import { spotInView } from './spotInView'

/** Jobs copied with Ctrl+C (kept in the page: the system clipboard needs a permission prompt). */
let clipboard: { jobs: unknown[]; positions: (XY | undefined)[] } | null = null
const PASTE_OFFSET = 32

export function useCanvasCommands() {
  const doc = useDocumentStore()
  const layout = useLayoutStore()
  const selection = useSelectionStore()
  const ui = useUiStore()

  function jobsForGraph() {
    return doc.parsed.model.jobs.flatMap((j) =>
      j.id === undefined ? [] : [{ id: j.id, dependencies: j.dependencies }],
    )
  }

  /** Structural edits need parseable text: while the JSON is broken, nothing is rewritten. */
  function canEdit(): boolean {
    if (!doc.hasSyntaxError) return true
    ui.toast(
      'Fix the JSON error first: the canvas shows the last valid version and cannot change it.',
      'warning',
    )
    return false
  }

  /** Run a command; a failure (e.g. a command not available yet) becomes a message, never a crash. */
  function attempt<T>(what: string, run: () => T): T | null {
    try {
      return run()
    } catch (error) {
      ui.toast(`Could not ${what}: ${(error as Error).message}`, 'error')
      return null
    }
  }

  /** Link: `dependent` will depend on `dependency` (dragged from the dependency's handle). */
  function connect(dependency: string, dependent: string) {
    if (!canEdit()) return
    const cycle = cycleIfLinked(jobsForGraph(), dependency, dependent)
    if (cycle) {
      const path = cycle.join(' → ')
      ui.toast(
        dependency === dependent
          ? `A job cannot depend on itself (${dependent}).`
          : `Not linked: ${dependent} would depend on ${dependency}, closing the cycle ${path}.`,
        'error',
        7000,
      )
      return
    }
    const job = doc.parsed.model.jobs.find((j) => j.id === dependent)
    if (job?.dependencies.includes(dependency))
      return ui.toast(`${dependent} already depends on ${dependency}.`, 'info')
    const result = attempt('link the jobs', () => addDependency(doc.text, dependent, dependency))
    if (result) doc.apply(result, `Link ${dependency} → ${dependent}`, 'canvas')
  }

  function unlink(links: readonly { from: string; to: string }[]) {
    if (links.length === 0 || !canEdit()) return
    const results: EditResult[] = []
    let text = doc.text
    for (const link of links) {
      const result = attempt('remove the link', () => removeDependency(text, link.to, link.from))
      if (!result) return
      results.push(result)
      text = result.text
    }
    const label =
      links.length === 1 ? `Unlink ${links[0]!.from} → ${links[0]!.to}` : `Remove ${links.length} links`
    doc.applyAll(results, label, 'canvas')
  }

  function remove(ids: readonly string[]) {
    if (ids.length === 0 || !canEdit()) return
    const result = attempt('delete', () => removeJobs(doc.text, ids))
    if (!result) return
    doc.apply(result, ids.length === 1 ? `Delete ${ids[0]}` : `Delete ${ids.length} jobs`, 'canvas')
    selection.clear()
  }

  /**
   * Select a job just added (where the user is looking: the view does not move) and put the
   * keyboard in its id field, text selected: the next thing a person does is name it (type, Enter).
   */
  function editNewJob(id: string) {
    selectInView([id])
    const index = doc.parsed.model.jobs.findIndex((j) => j.id === id)
    selection.reveal(`/jobs/${index}/id`, { selectText: true })
  }

  /** Add a job at `at`, or (omitted) in free space in the view; the view does not move. */
  function add(at?: XY, fields?: Record<string, unknown>): string | null {
    if (!canEdit()) return null
    const result = attempt('add a job', () => addJob(doc.text, fields))
    if (!result) return null
    const spot = at ?? spotInView()
    // A stale position of a deleted job with the same id must not place the new one.
    const next = spot ? { ...layout.positions, [result.id]: spot } : layout.unplace([result.id])
    layout.commit(`Add ${result.id}`, next, [result])
    editNewJob(result.id)
    return result.id
  }

  /** A new job that depends on `id`, placed next to it (context menu). */
  function addDependent(id: string) {
    const from = layout.positions[id]
    const at =
      from &&
      (layout.direction === 'LR'
        ? { x: from.x + NODE_WIDTH + 80, y: from.y }
        : { x: from.x, y: from.y + 184 })
    if (!canEdit()) return
    const created = attempt('add a job', () => addJob(doc.text, { dependencies: [id] }))
    if (!created) return
    layout.commit(
      `Add ${created.id}`,
      at ? { ...layout.positions, [created.id]: at } : layout.unplace([created.id]),
      [created],
    )
    editNewJob(created.id)
  }

  function place(id: string, at: XY) {
    layout.place(layout.isPlaced(id) ? `Move ${id}` : `Place ${id} on the canvas`, { [id]: at })
  }

  function duplicate(ids: readonly string[]) {
    if (ids.length === 0 || !canEdit()) return
    const results: EditResult[] = []
    const placed: Record<string, XY> = {}
    let text = doc.text
    for (const id of ids) {
      const result = attempt('duplicate', () => duplicateJob(text, id))
      if (!result) return
      results.push(result)
      text = result.text
      const at = layout.positions[id]
      if (at) placed[result.id] = { x: at.x + PASTE_OFFSET, y: at.y + PASTE_OFFSET }
    }
    layout.commit(
      ids.length === 1 ? `Duplicate ${ids[0]}` : `Duplicate ${ids.length} jobs`,
      { ...layout.positions, ...placed },
      results,
    )
    selectInView(Object.keys(placed))
  }

  function copy(ids: readonly string[]) {
    const jobs = doc.view.model.jobs.filter((j) => j.id !== undefined && ids.includes(j.id))
    if (jobs.length === 0) return
    clipboard = { jobs: jobs.map((j) => j.raw), positions: jobs.map((j) => layout.positions[j.id!]) }
    void navigator.clipboard?.writeText(JSON.stringify(clipboard.jobs, null, 2)).catch(() => undefined)
    ui.toast(`Copied ${jobs.length === 1 ? jobs[0]!.id : `${jobs.length} jobs`}`, 'info', 1500)
  }

  function paste() {
    if (!clipboard || !canEdit()) return
    const copied = clipboard
    const result = attempt('paste', () => pasteJobs(doc.text, copied.jobs))
    if (!result) return
    const placed: Record<string, XY> = {}
    result.ids.forEach((id, i) => {
      const at = copied.positions[i]
      if (at) placed[id] = { x: at.x + PASTE_OFFSET, y: at.y + PASTE_OFFSET }
    })
    layout.commit(
      `Paste ${result.ids.length === 1 ? result.ids[0] : `${result.ids.length} jobs`}`,
      { ...layout.positions, ...placed },
      [result],
    )
    selectInView(result.ids)
  }

  /**
   * Lay out the jobs on the canvas again (undoable); `direction` switches LR/TB at the same time.
   * Auto-arrange asks for ELK's full layered layout ('full'), which takes seconds above a few
   * hundred jobs (in the worker: the page stays responsive); a direction switch keeps the
   * placement used when the file opened ('auto').
   */
  async function arrange(direction: Direction = layout.direction, quality: LayoutQuality = 'full') {
    const model = doc.view.model
    const ids = model.jobs.flatMap((j) => (j.id !== undefined && layout.isPlaced(j.id) ? [j.id] : []))
    const unique = [...new Set(ids)]
    if (quality === 'full' && unique.length > ELK_UP_TO)
      ui.toast(`Arranging ${unique.length} jobs… (a few seconds)`, 'info', 2500)
    const positions = await computeLayout(unique, model.edges, direction, quality)
    const before = { positions: layout.positions, direction: layout.direction }
    const after = { positions: { ...layout.positions, ...positions }, direction }
    const set = (s: typeof before) => {
      layout.positions = s.positions
      layout.setDirection(s.direction)
    }
    set(after)
    doc.record(
      direction === before.direction
        ? 'Auto-arrange'
        : `Layout ${direction === 'LR' ? 'left → right' : 'top → bottom'}`,
      {
        undo: () => set(before),
        redo: () => set(after),
      },
    )
  }

  return {
    connect,
    unlink,
    remove,
    add,
    addDependent,
    place,
    duplicate,
    copy,
    paste,
    arrange,
    nudge: layout.nudge,
  }
}
