/**
 * One window-level keydown listener for the app's shortcuts. Each shortcut says whether it may fire
 * while the user types (Ctrl+S may; Delete, arrows or "?" may not).
 */
import { useEventListener } from '@vueuse/core'
import { isTypingTarget } from './typingTarget'

export interface Shortcut {
  /** e.g. 'mod+s', 'mod+shift+z', 'delete', 'shift+arrowup', '?' ('mod' = Ctrl or ⌘). */
  keys: string
  run: (event: KeyboardEvent) => void
  /** Also fire inside inputs and the JSON editor (only for commands that never insert text). */
  whileTyping?: boolean
  /** Return false to let the key through (e.g. nothing selected). */
  when?: () => boolean
}

function normalise(event: KeyboardEvent): string {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase()
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('mod')
  if (event.altKey) parts.push('alt')
  // "?" already implies Shift on most layouts; keep shift only for non-printing or letter keys.
  if (event.shiftKey && (key.length > 1 || /[a-z]/.test(key))) parts.push('shift')
  parts.push(key === ' ' ? 'space' : key)
  return parts.join('+')
}

export function useShortcuts(shortcuts: () => Shortcut[]) {
  useEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    const combo = normalise(event)
    const typing = isTypingTarget(event.target)
    // A modal dialog owns the keyboard: only its own keys apply.
    if (document.querySelector('[role="dialog"][data-state="open"]') && !combo.startsWith('mod+')) return
    for (const shortcut of shortcuts()) {
      const alternatives = shortcut.keys.split('|')
      if (!alternatives.includes(combo)) continue
      if (typing && !shortcut.whileTyping) return
      if (shortcut.when && !shortcut.when()) return
      event.preventDefault()
      shortcut.run(event)
      return
    }
  })
}
