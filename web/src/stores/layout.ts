/**
 * Where jobs sit on the canvas. Positions never enter the config (DESIGN.md §2.4): they are kept per
 * file in browser storage (see features/canvas/useLayoutStorage.ts). A job is "on the canvas" exactly
 * when it has a position here; jobs without one are listed in the sidebar as "not on canvas".
 * Position changes the user makes are recorded in the document's history, so Ctrl+Z undoes them too.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EditResult } from '@/domain/document/types'
import { useDocumentStore } from './document'

export interface XY {
  x: number
  y: number
}
export type Positions = Readonly<Record<string, XY>>
export type Direction = 'LR' | 'TB'

/** Consecutive nudges (arrow keys) closer together than this are one undo step. */
const NUDGE_MERGE_MS = 800

export const useLayoutStore = defineStore('layout', () => {
  const positions = shallowRef<Positions>({})
  const direction = ref<Direction>('LR')
  /** The file these positions belong to (storage key); null before anything is open. */
  const fileKey = ref<string | null>(null)
  /** Set when a file is opened: every job without a stored position gets an automatic one. */
  const placeAllPending = ref(false)
  let lastNudge: { at: number; before: Positions } | null = null

  /** Replace everything for a newly opened file (not an undoable edit). */
  function reset(key: string, stored: { positions?: Positions; direction?: Direction } | null) {
    fileKey.value = key
    positions.value = { ...(stored?.positions ?? {}) }
    direction.value = stored?.direction ?? 'LR'
    placeAllPending.value = true
    lastNudge = null
  }

  /**
   * Whether a job is on the canvas. A getter holding a plain function, not an action: Pinia wraps
   * each action call (subscriptions, error handling), and the status bar, the job list and the
   * canvas ask this of every job after each keystroke: ~3000 calls, several ms at 1000 jobs.
   */
  const isPlaced = computed(() => {
    const placed = positions.value
    return (id: string): boolean => id in placed
  })

  /** Set positions without history (automatic placement of a newly opened file). */
  function assignSilently(next: Positions) {
    positions.value = { ...positions.value, ...next }
  }

  /** Apply a positions change and record it in the one undo history (optionally with a text edit). */
  function commit(label: string, next: Positions, results?: EditResult[]) {
    const before = positions.value
    positions.value = next
    lastNudge = null
    useDocumentStore().record(
      label,
      { undo: () => (positions.value = before), redo: () => (positions.value = next) },
      results,
    )
  }

  function place(label: string, placed: Record<string, XY>, results?: EditResult[]) {
    commit(label, { ...positions.value, ...placed }, results)
  }

  function unplace(ids: readonly string[]): Positions {
    const next = { ...positions.value }
    for (const id of ids) delete next[id]
    return next
  }

  /** Arrow-key moves: a burst of nudges is one undo step. */
  function nudge(ids: readonly string[], dx: number, dy: number) {
    const next = { ...positions.value }
    for (const id of ids) {
      const at = next[id]
      if (at) next[id] = { x: at.x + dx, y: at.y + dy }
    }
    const now = Date.now()
    const doc = useDocumentStore()
    if (lastNudge && now - lastNudge.at < NUDGE_MERGE_MS && doc.undoLabel === 'Move jobs') {
      const before = lastNudge.before
      doc.amendExternal({ undo: () => (positions.value = before), redo: () => (positions.value = next) })
      positions.value = next
      lastNudge = { at: now, before }
      return
    }
    const before = positions.value
    commit('Move jobs', next)
    lastNudge = { at: now, before }
  }

  /** A job was renamed: its position follows it (not a separate undo step). */
  function renameId(from: string, to: string) {
    const at = positions.value[from]
    if (!at || from === to) return
    const next = { ...positions.value, [to]: at }
    delete next[from]
    positions.value = next
  }

  function setDirection(next: Direction) {
    direction.value = next
  }

  return {
    positions,
    direction,
    fileKey,
    placeAllPending,
    reset,
    isPlaced,
    assignSilently,
    commit,
    place,
    unplace,
    nudge,
    renameId,
    setDirection,
  }
})
