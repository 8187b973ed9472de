/**
 * Shell state the user arranges: theme, which panels are open, pane sizes (remembered across
 * reloads through VueUse's storage composable), dialogs and toasts.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useLocalStorage } from '@vueuse/core'

export type ThemeChoice = 'system' | 'light' | 'dark'
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
  const problemsOpen = ref(false)
  const shortcutsOpen = ref(false)
  const newConfigOpen = ref(false)
  const toasts = ref<Toast[]>([])
  let toastSeq = 0

  function cycleTheme(systemIsDark: boolean) {
    // Two-state toggle from the user's point of view: flip what they currently see.
    const dark = theme.value === 'dark' || (theme.value === 'system' && systemIsDark)
    theme.value = dark ? 'light' : 'dark'
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
    problemsOpen,
    shortcutsOpen,
    newConfigOpen,
    toasts,
    cycleTheme,
    toast,
    dismiss,
  }
})
