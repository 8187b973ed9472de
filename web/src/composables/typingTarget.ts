/**
 * True when a key press is meant for text entry (an input, a textarea, a select, anything
 * contenteditable — CodeMirror's editor is one): global shortcuts must then stay out of the way,
 * so Space, Backspace and Delete type normally.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('.cm-editor, [contenteditable="true"]')) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type)
  }
  return false
}
