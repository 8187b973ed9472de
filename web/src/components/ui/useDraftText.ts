/**
 * A text input's local draft: the user's typing stays in the field (caret included) while the document
 * updates underneath, and is committed after a short pause, on Enter or on blur, so typing a word is
 * one undo step rather than one per keystroke.
 */
import { onScopeDispose, ref, watch, type Ref } from 'vue'

export interface DraftOptions {
  /** Pause after the last keystroke before committing, in ms; `Infinity` commits only on Enter or blur. */
  delay?: number
}

export function useDraftText(
  source: () => string,
  commit: (text: string) => void,
  options: DraftOptions = {},
) {
  const delay = options.delay ?? 300
  const draft: Ref<string> = ref(source())
  const focused = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastCommitted = draft.value

  // While the user is typing, a document update must not overwrite the field; once they leave it,
  // the field shows the document again.
  watch(source, (value) => {
    lastCommitted = value
    if (!focused.value) draft.value = value
  })

  function flush() {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (draft.value !== lastCommitted) {
      lastCommitted = draft.value
      commit(draft.value)
    }
  }

  function onInput(value: string) {
    draft.value = value
    if (timer !== undefined) clearTimeout(timer)
    if (Number.isFinite(delay)) timer = setTimeout(flush, delay)
  }

  function onFocus() {
    focused.value = true
  }

  function onBlur() {
    flush()
    focused.value = false
    draft.value = source()
  }

  /** Escape: give up the uncommitted typing. */
  function revert() {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    draft.value = source()
    lastCommitted = draft.value
  }

  // Leaving the form (another job selected, panel closed) must not lose the last keystrokes.
  onScopeDispose(flush)

  return { draft, focused, onInput, onFocus, onBlur, flush, revert }
}
