/**
 * Open state and view options of the problems panel, shared by the status-bar counts, the JSON pane
 * header and the panel itself. Whether the panel is open lives in the shell's UI store (the layout
 * reads it); filters and grouping are this feature's own.
 */
import { computed, ref } from 'vue'
import type { Severity } from '@/domain/diagnostics/types'
import { useUiStore } from '@/stores/ui'

const shown = ref<Record<Severity, boolean>>({ error: true, warning: true, info: true })
const groupBy = ref<'severity' | 'job'>('severity')

export function useProblemsPanel() {
  const ui = useUiStore()
  /** Open = the bottom dock shows the Problems tab (opening it switches from another tab). */
  const open = computed({
    get: () => ui.problemsOpen && ui.dockTab === 'problems',
    set: (value: boolean) => ui.toggleDock('problems', value),
  })
  return {
    open,
    shown,
    groupBy,
    toggle: () => (open.value = !open.value),
    toggleSeverity: (severity: Severity) =>
      (shown.value = { ...shown.value, [severity]: !shown.value[severity] }),
  }
}
