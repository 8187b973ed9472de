/**
 * Positions per file in localStorage (`executioner-studio:layout:<file name>` → {direction, positions}),
 * never in the config. When a file is opened, stored positions come back and every job without one
 * is placed by the automatic layout. A job renamed in a form or in the JSON keeps its place.
 */
import { watch } from 'vue'
import { watchDebounced } from '@vueuse/core'
import { useDocumentStore } from '@/stores/document'
import { useLayoutStore, type Direction, type Positions } from '@/stores/layout'
import { afterNextPaint } from '@/stores/afterNextPaint'
import { computeLayout } from './autoLayout'

const PREFIX = 'executioner-studio:layout:'
/** Up to this many jobs, an opened file's cards are placed in the task that opens it. */
const PLACE_AT_ONCE = 400

function readStored(key: string): { positions?: Positions; direction?: Direction } | null {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null')
  } catch {
    return null
  }
}

export function useLayoutStorage(options: { onPlaced?: () => void } = {}) {
  const doc = useDocumentStore()
  const layout = useLayoutStore()

  async function placeAll() {
    const model = doc.view.model
    const ids = [...new Set(model.jobs.flatMap((j) => (j.id === undefined ? [] : [j.id])))]
    const missing = ids.filter((id) => !layout.isPlaced(id))
    layout.placeAllPending = false
    if (missing.length > 0) {
      const seqAtStart = doc.openSeq
      // A big file's text and job list paint first; its cards are placed and drawn in a task of
      // their own (at 1000 jobs both together made one task of 400 ms and more). A small file's
      // cards come in the same frame: one frame drawn instead of two.
      if (ids.length > PLACE_AT_ONCE) await new Promise<void>((resolve) => afterNextPaint(resolve))
      const computed = await computeLayout(ids, model.edges, layout.direction)
      if (doc.openSeq !== seqAtStart) return // another file was opened meanwhile
      layout.assignSilently(Object.fromEntries(missing.map((id) => [id, computed[id]!])))
    }
    options.onPlaced?.()
  }

  watch(
    () => doc.openSeq,
    () => {
      const key = doc.fileName ?? 'untitled.json'
      layout.reset(key, readStored(key))
      void placeAll()
    },
    // The canvas mounts when the first document opens: that opening counts too.
    { immediate: doc.isOpen },
  )

  // Save As under another name: the layout follows the file.
  watch(
    () => doc.fileName,
    (name) => {
      if (name && layout.fileKey && name !== layout.fileKey) layout.fileKey = name
    },
  )

  watchDebounced(
    () => [layout.positions, layout.direction, layout.fileKey] as const,
    ([positions, direction, key]) => {
      if (!key) return
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify({ direction, positions }))
      } catch {
        // Storage full or disabled: positions still live for this session.
      }
    },
    { debounce: 300 },
  )

  // Rename follow: same jobs array with one id changed at one index, the old id gone.
  watch(
    () => doc.view.model.jobs.map((j) => j.id),
    (now, before) => {
      if (!before || now.length !== before.length) return
      const changed = now.flatMap((id, i) => (id !== before[i] ? [i] : []))
      if (changed.length !== 1) return
      const from = before[changed[0]!]
      const to = now[changed[0]!]
      if (from !== undefined && to !== undefined && !now.includes(from)) layout.renameId(from, to)
    },
  )
}
