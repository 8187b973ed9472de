/**
 * The config's jobs-structure problem (jobsShape.ts) for the views, and its one-click fix as one
 * undoable edit. The sidebar, the canvas empty state and the status bar all read this, so a broken
 * structure reads as the same message everywhere.
 */
import { computed } from 'vue'
import { jobsProblem } from '@/domain/document/jobsShape'
import { useDocumentStore } from '@/stores/document'
import { useUiStore } from '@/stores/ui'

export function useJobsProblem() {
  const doc = useDocumentStore()
  const ui = useUiStore()
  const problem = computed(() => (doc.isOpen ? jobsProblem(doc.view.model) : null))

  function applyFix() {
    const fix = problem.value?.fix
    if (!fix) return
    if (doc.hasSyntaxError) return ui.toast('Fix the JSON error first.', 'warning')
    try {
      doc.apply(fix.apply(doc.text), fix.title, 'form')
    } catch (error) {
      ui.toast(`Could not ${fix.title.toLowerCase()}: ${(error as Error).message}`, 'error')
    }
  }

  return { problem, applyFix }
}
