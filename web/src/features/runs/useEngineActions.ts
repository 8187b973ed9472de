/**
 * Dry-run and Run for the open workspace file. The engine reads the SAVED file, so unsaved changes
 * are saved first (after asking). Disabled, with the reason, when there is no engine or no file.
 */
import { computed } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { useRunsStore } from '@/stores/runs'
import { useWorkspaceStore } from '@/stores/workspace'
import { useConfirm } from '@/composables/useConfirm'
import { useFileSession } from '@/features/files/useFileSession'
import type { RunOptions } from '@/api/types'

export function useEngineActions() {
  const doc = useDocumentStore()
  const ws = useWorkspaceStore()
  const runs = useRunsStore()
  const files = useFileSession()
  const { confirm } = useConfirm()

  /** Why run actions are unavailable right now, or null when they can be used. */
  const blocked = computed(() => {
    if (!ws.engineReady) return ws.engineHint ?? 'No engine is configured.'
    if (!ws.openPath) return 'Open a config from the workspace to check or run it with the engine.'
    return null
  })

  /** Make sure the engine sees what the user sees; false when they declined or the save failed. */
  async function savedFirst(action: string): Promise<boolean> {
    if (!doc.dirty) return true
    const ok = await confirm({
      title: `Save before the ${action}?`,
      message: `The engine reads ${ws.openPath} from disk. Your unsaved changes are saved first.`,
      confirmLabel: `Save and ${action}`,
    })
    if (!ok) return false
    await files.save()
    return !doc.dirty
  }

  async function dryRun(options: RunOptions = {}) {
    const path = ws.openPath
    if (blocked.value || !path || !(await savedFirst('dry-run'))) return
    await runs.startDryRun(path, options)
  }

  async function run(options: RunOptions) {
    const path = ws.openPath
    if (blocked.value || !path || !(await savedFirst('run'))) return
    await runs.startRun(path, options)
  }

  return { blocked, dryRun, run }
}
