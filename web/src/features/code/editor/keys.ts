/** Keyboard rules of the JSON editor (plain functions so they can be unit-tested). */

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** Ctrl/Cmd+Z is undo, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y are redo: all go to the one app history. */
export function isEditorUndo(event: KeyLike): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}
