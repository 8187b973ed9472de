/**
 * Whether the page is in the dark theme: the `dark` class useTheme.ts puts on <html>, read by one
 * observer for the whole app (the canvas's cards and mini map, the JSON editor) instead of one each.
 */
import { readonly, shallowRef, type Ref } from 'vue'

const dark = shallowRef(false)
let observing = false

export function useDarkClass(): Readonly<Ref<boolean>> {
  if (!observing && typeof document !== 'undefined') {
    observing = true
    const read = () => (dark.value = document.documentElement.classList.contains('dark'))
    read()
    new MutationObserver(read).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class'],
    })
  }
  return readonly(dark)
}
