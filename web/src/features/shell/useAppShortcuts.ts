/** App-wide shortcuts (file, history, view). Canvas keys live in features/canvas/useCanvasKeys.ts. */
import { useShortcuts } from '@/composables/useShortcuts'
import { useDocumentStore } from '@/stores/document'
import { useUiStore } from '@/stores/ui'
import { usePanelToggles } from './usePanelToggles'

export interface AppActions {
  open: () => void
  save: () => void
  saveAs: () => void
  addJob: () => void
  arrange: () => void
}

export function useAppShortcuts(actions: AppActions) {
  const doc = useDocumentStore()
  const ui = useUiStore()
  const isOpen = () => doc.isOpen
  const panels = usePanelToggles()
  useShortcuts(() => [
    // Never insert text, so they work in fields and in the JSON editor too.
    { keys: 'mod+s', run: actions.save, whileTyping: true },
    { keys: 'mod+shift+s', run: actions.saveAs, whileTyping: true },
    { keys: 'mod+o', run: actions.open, whileTyping: true },
    { keys: 'mod+j', run: panels.json, whileTyping: true },
    { keys: 'mod+b', run: panels.sidebar, when: isOpen },
    { keys: 'alt+i', run: panels.inspector, when: isOpen },
    { keys: 'mod+shift+m', run: () => ui.toggleDock('problems'), whileTyping: true },
    { keys: 'alt+p', run: () => ui.toggleDock('plan'), when: isOpen },
    { keys: 'alt+n', run: () => (ui.newConfigOpen = true) },
    // In a text field the field's own undo applies (the JSON editor routes its undo to the document).
    { keys: 'mod+z', run: () => doc.undo() },
    { keys: 'mod+shift+z|mod+y', run: () => doc.redo() },
    { keys: '?', run: () => (ui.shortcutsOpen = true) },
    { keys: 'n', run: actions.addJob, when: isOpen },
    { keys: 'shift+l', run: actions.arrange, when: isOpen },
  ])
}
