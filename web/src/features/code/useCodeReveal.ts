/**
 * Requests to put the JSON editor's cursor at a text offset (a syntax error has an offset but no
 * JSON Pointer, so `selection.reveal` cannot express it). The pane watches this and takes the
 * keyboard, so the user can fix the error right away.
 */
import { shallowRef } from 'vue'

let seq = 0
export const offsetRequest = shallowRef<{ offset: number; seq: number } | null>(null)

export function revealOffsetInJson(offset: number): void {
  offsetRequest.value = { offset, seq: ++seq }
}
