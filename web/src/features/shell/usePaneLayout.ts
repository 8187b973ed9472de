/** The shell's pane plan (paneLayout.ts) for the current window, choices and selection. */
import { computed } from 'vue'
import { useWindowSize } from '@vueuse/core'
import { useSelectionStore } from '@/stores/selection'
import { useUiStore } from '@/stores/ui'
import { planPanes } from './paneLayout'

export function usePaneLayout() {
  const ui = useUiStore()
  const selection = useSelectionStore()
  const { width, height } = useWindowSize()
  return computed(() =>
    planPanes({
      window: { width: width.value, height: height.value },
      sidebar: { open: ui.sidebarOpen, width: ui.sidebarWidth },
      json: { open: ui.jsonOpen, width: ui.jsonWidth, drawer: ui.jsonDrawer },
      inspector: {
        shown: ui.inspectorOpen && selection.inspector.kind !== 'none',
        width: ui.inspectorWidth,
        placement: ui.inspectorPlacement,
      },
      dock: { open: ui.problemsOpen, height: ui.problemsHeight },
    }),
  )
}
