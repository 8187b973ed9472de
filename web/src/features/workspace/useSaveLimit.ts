/**
 * Whether the open workspace file can be saved at all under the server's body limit: checked when a
 * file opens (before any edit) and again after edits pause, for files large enough to come near it.
 */
import { watch } from 'vue'
import { watchDebounced } from '@vueuse/core'
import { useDocumentStore } from '@/stores/document'
import { useWorkspaceStore } from '@/stores/workspace'
import { saveBodyBytes, sizeLimitMessage } from './saveLimit'

/** Below this share of the limit a file cannot reach it through JSON escaping (at most ×6): not measured. */
const MEASURE_FROM = 1 / 8

export function useSaveLimit() {
  const doc = useDocumentStore()
  const ws = useWorkspaceStore()

  function check() {
    const max = ws.info?.max_body_bytes
    if (!ws.openPath || !max || doc.text.length < max * MEASURE_FROM) return (ws.sizeWarning = null)
    ws.sizeWarning = sizeLimitMessage(saveBodyBytes(doc.text, ws.version ?? ''), max)
  }

  watch(() => [doc.openSeq, ws.openPath, ws.info] as const, check, { immediate: true })
  watchDebounced(() => doc.revision, check, { debounce: 1000 })
}
