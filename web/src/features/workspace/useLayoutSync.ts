/**
 * Canvas positions of workspace files live in the server's layout sidecar (`.studio/layout/`), never
 * in the config. The canvas keeps positions per file in browser storage (features/canvas/
 * useLayoutStorage.ts, key `executioner-studio:layout:<name>`): before a workspace file is loaded we
 * put the server's layout there, and every change of positions is written back to the server.
 */
import { watchDebounced } from '@vueuse/core'
import { workspaceApi } from '@/api/workspace'
import { useLayoutStore } from '@/stores/layout'
import { useWorkspaceStore } from '@/stores/workspace'

const STORAGE_PREFIX = 'executioner-studio:layout:'
const lastWritten = new Map<string, string>()

/** Fetch the server's layout for `path` into browser storage, where the canvas reads it on load. */
export async function primeLayout(path: string) {
  try {
    const { layout } = await workspaceApi.readLayout(path)
    if (Object.keys(layout).length === 0) return
    const text = JSON.stringify(layout)
    lastWritten.set(path, text)
    localStorage.setItem(STORAGE_PREFIX + path, text)
  } catch {
    // No layout (or storage refused): the canvas arranges the jobs automatically.
  }
}

/** Write positions to the server when they change for the open workspace file. */
export function useLayoutSync() {
  const layout = useLayoutStore()
  const ws = useWorkspaceStore()
  watchDebounced(
    () => [layout.positions, layout.direction, layout.fileKey] as const,
    ([positions, direction, key]) => {
      if (!key || key !== ws.openPath || Object.keys(positions).length === 0) return
      const value = { direction, positions }
      const text = JSON.stringify(value)
      if (lastWritten.get(key) === text) return
      lastWritten.set(key, text)
      workspaceApi.saveLayout(key, value).catch(() => lastWritten.delete(key))
    },
    { debounce: 800 },
  )
}
