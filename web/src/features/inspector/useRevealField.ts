/**
 * When something asks to reveal a JSON Pointer (a problem click, the JSON cursor) that falls inside
 * the form on show, open its section, scroll to the field and focus it. A pointer to the whole job
 * or document only scrolls: selecting a node must not steal the keyboard from the canvas. A request
 * with `selectText` also selects the field's text (a new job's id: type a name, Enter, renamed).
 */
import { nextTick, watch, type Ref } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { isWithin } from './model/problems'

/**
 * A new job's id field has the keyboard, but nothing of its own to undo yet: until the user types
 * there, Ctrl/Cmd+Z undoes what just happened (the add) instead of doing nothing in the field.
 */
function undoDocumentWhileUntouched(field: HTMLInputElement | HTMLTextAreaElement) {
  const el: HTMLElement = field
  const initial = field.value
  const stop = () => el.removeEventListener('keydown', onKey)
  function onKey(event: KeyboardEvent) {
    if (field.value !== initial) return stop()
    const undo = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey
    if (!undo || event.key.toLowerCase() !== 'z') return
    event.preventDefault()
    stop()
    field.blur()
    useDocumentStore().undo()
  }
  // Kept across a blur (a save's confirm dialog hands the keyboard back to the field); the first key
  // after the value changed (typed, or the field now shows another job) removes it.
  el.addEventListener('keydown', onKey)
}

/** The last request handled, across mounts: the panel may mount in the very render that asked for it. */
let handledSeq = 0

const FOCUSABLE =
  'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button[role="switch"]'

export function useRevealField(container: Ref<HTMLElement | null>, scope: () => string | null) {
  const selection = useSelectionStore()

  async function reveal(pointer: string, selectText = false) {
    await nextTick()
    const root = container.value
    const base = scope()
    if (!root || base === null || !isWithin(pointer, base) || (base === '' && pointer.startsWith('/jobs')))
      return
    let best: HTMLElement | null = null
    for (const el of root.querySelectorAll<HTMLElement>('[data-pointer]')) {
      const at = el.dataset.pointer!
      if (isWithin(pointer, at) && (!best || at.length > best.dataset.pointer!.length)) best = el
    }
    if (!best || pointer === base) {
      root.scrollTo({ top: 0 })
      return
    }
    for (let d = best.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true
    best.scrollIntoView({ block: 'center' })
    const field = best.querySelector<HTMLElement>(FOCUSABLE)
    field?.focus({ preventScroll: true })
    if (selectText && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
      field.select()
      undoDocumentWhileUntouched(field)
    }
  }

  watch(
    () => selection.focusPointer,
    (request) => {
      if (!request || request.seq <= handledSeq) return
      handledSeq = request.seq
      void reveal(request.pointer, request.selectText)
    },
    { flush: 'post', immediate: true },
  )
  return { reveal }
}
