/** Showing and hiding the panels, shared by the rails, the header and the shortcuts. */
import { useSelectionStore } from '@/stores/selection'
import { useUiStore } from '@/stores/ui'
import { usePaneLayout } from './usePaneLayout'

export function usePanelToggles() {
  const ui = useUiStore()
  const selection = useSelectionStore()
  const plan = usePaneLayout()
  return {
    /** With nothing selected, showing the inspector shows the application settings. */
    inspector() {
      if (plan.value.inspector.mode !== 'hidden') return void (ui.inspectorOpen = false)
      ui.inspectorOpen = true
      if (selection.inspector.kind === 'none') selection.selectApp()
    },
    json: () => ui.toggleJson(plan.value.json.canDock),
    sidebar: () => (ui.sidebarOpen = !ui.sidebarOpen),
  }
}
