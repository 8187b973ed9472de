/**
 * The icons on job cards, drawn as images instead of inline SVG.
 *
 * An inline <svg> is a transform and a clip of its own in Chrome's paint property trees, so each
 * icon splits its card's drawing into more paint chunks. While the view pans, Vue Flow writes the
 * pane's transform on every frame and Chrome then lays every chunk of the page into layers again
 * (only a running compositor animation skips that): at 1000 jobs the cards' icons were about half
 * of that work (bench/trace.mjs --select --phase pan: Layerize ~130–170 → 60–75 ms per gesture). An
 * <img> is one drawing inside its card's chunk. The icons are Lucide's, rendered once per colour.
 */
import { computed, createApp, h, type Component } from 'vue'
import { useDarkClass } from '@/composables/darkClass'
import { AlertCircle, AlertTriangle, Clock, GitBranch, ListChecks, RotateCw, Variable } from 'lucide-vue-next'

/**
 * Colours as Tailwind's palette has them (an image cannot read the page's CSS variables): badges'
 * text slate-600 / slate-300 (UiBadge.vue), the error and warning marks red-500 and amber-500.
 */
const INK = { light: '#475569', dark: '#cbd5e1' }
const ERROR = '#ef4444'
const WARNING = '#f59e0b'

const rendered = new Map<Component, Map<string, string>>()

/** A data: URL of a Lucide icon drawn in `color`. */
export function iconUrl(icon: Component, color: string): string {
  const byColor = rendered.get(icon) ?? new Map<string, string>()
  rendered.set(icon, byColor)
  let url = byColor.get(color)
  if (!url) {
    const host = document.createElement('div')
    const app = createApp({ render: () => h(icon, { color, size: 24, strokeWidth: 2 }) })
    app.mount(host)
    url = `data:image/svg+xml,${encodeURIComponent(host.innerHTML)}`
    app.unmount()
    byColor.set(color, url)
  }
  return url
}

const dark = useDarkClass()
const icons = computed(() => {
  const ink = dark.value ? INK.dark : INK.light
  return {
    error: iconUrl(AlertCircle, ERROR),
    warning: iconUrl(AlertTriangle, WARNING),
    deps: iconUrl(GitBranch, ink),
    retries: iconUrl(RotateCw, ink),
    timeout: iconUrl(Clock, ink),
    checks: iconUrl(ListChecks, ink),
    env: iconUrl(Variable, ink),
  }
})

/** The cards' icons for the current theme (one shared computed: a theme change redraws them all). */
export function useCardIcons() {
  return icons
}
