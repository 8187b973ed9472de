/** Puts the `dark` class on <html> from the user's choice, following the system when it is "system". */
import { computed, watchEffect } from 'vue'
import { usePreferredDark } from '@vueuse/core'
import { useUiStore } from '@/stores/ui'

export function useTheme() {
  const ui = useUiStore()
  const systemDark = usePreferredDark()
  const isDark = computed(() => ui.theme === 'dark' || (ui.theme === 'system' && systemDark.value))
  watchEffect(() => {
    document.documentElement.classList.toggle('dark', isDark.value)
    document.documentElement.style.colorScheme = isDark.value ? 'dark' : 'light'
  })
  return { isDark, toggle: () => ui.cycleTheme(systemDark.value) }
}
