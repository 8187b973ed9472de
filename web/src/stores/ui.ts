/**
 * Shell state the user arranges: theme, which panels are open, pane sizes (remembered across
 * reloads through VueUse's storage composable), dialogs and toasts.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import type { InspectorPlacement } from '@/features/shell/paneLayout'

export type ThemeChoice = 'system' | 'light' | 'dark'
/** The tabs of the bottom dock (the panel under the canvas). */
export type DockTab = 'problems' | 'plan'
export type ToastKind = 'info' | 'success' | 'warning' | 'error'
export interface Toast {
  id: number
  kind: ToastKind
  message: string
}

const PREFIX = 'executioner-studio:ui:'
const TOAST_MS = 5000

export const useUiStore = defineStore('ui', () => {
  const theme = useLocalStorage<ThemeChoice>(PREFIX + 'theme', 'system')
  const sidebarWidth = useLocalStorage(PREFIX + 'sidebar-width', 240)
  const inspectorWidth = useLocalStorage(PREFIX + 'inspector-width', 320)
  const jsonWidth = useLocalStorage(PREFIX + 'json-width', 0) // 0 = not chosen yet: fit the window
  const problemsHeight = useLocalStorage(PREFIX + 'problems-height', 200)
  const jsonOpen = useLocalStorage(PREFIX + 'json-open', true)
  /** The JSON opened from the rail as a drawer over the canvas (where the window has no room to dock it). */
  const jsonDrawer = ref(false)
  const sidebarOpen = useLocalStorage(PREFIX + 'sidebar-open', true)
  /** False: the user collapsed the inspector; it keeps its job and comes back from the rail. */
  const inspectorOpen = useLocalStorage(PREFIX + 'inspector-open', true)
  /** Docked beside the canvas or floating over it; 'auto' docks while the canvas keeps half the window. */
  const inspectorPlacement = useLocalStorage<InspectorPlacement>(PREFIX + 'inspector-placement', 'auto')
  /** Whether the bottom dock is open (it shows `dockTab`); the name predates the dock's tabs. */
  const problemsOpen = useLocalStorage(PREFIX + 'dock-open', false)
  /** Which tab of the bottom dock shows; like the dock's state, remembered across reloads. */
  const dockTab = useLocalStorage<DockTab>(PREFIX + 'dock-tab', 'problems')
  const shortcutsOpen = ref(false)
  const newConfigOpen = ref(false)
  const toasts = ref<Toast[]>([])
  let toastSeq = 0

  function cycleTheme(systemIsDark: boolean) {
    // Two-state toggle from the user's point of view: flip what they currently see.
    const dark = theme.value === 'dark' || (theme.value === 'system' && systemIsDark)
    theme.value = dark ? 'light' : 'dark'
  }

  /** Show `tab` in the bottom dock, or close the dock when it already shows that tab. */
  function toggleDock(tab: DockTab, open = !(problemsOpen.value && dockTab.value === tab)) {
    if (open) dockTab.value = tab
    problemsOpen.value = open
  }

  /** Ctrl+J and the JSON buttons: where the pane has no room to dock, it opens as a drawer instead. */
  function toggleJson(canDock: boolean) {
    if (canDock) {
      jsonOpen.value = !jsonOpen.value
      jsonDrawer.value = false
    } else if (jsonOpen.value && jsonDrawer.value) jsonDrawer.value = false
    else jsonOpen.value = jsonDrawer.value = true
  }

  function toast(message: string, kind: ToastKind = 'info', ms = TOAST_MS) {
    const id = ++toastSeq
    toasts.value = [...toasts.value, { id, kind, message }]
    setTimeout(() => dismiss(id), ms)
  }
  function dismiss(id: number) {
    toasts.value = toasts.value.filter((t) => t.id !== id)
  }

  return {
    theme,
    sidebarWidth,
    inspectorWidth,
    jsonWidth,
    problemsHeight,
    jsonOpen,
    jsonDrawer,
    sidebarOpen,
    inspectorOpen,
    inspectorPlacement,
    problemsOpen,
    dockTab,
    shortcutsOpen,
    newConfigOpen,
    toasts,
    cycleTheme,
    toggleDock,
    toggleJson,
    toast,
    dismiss,
  }
})
