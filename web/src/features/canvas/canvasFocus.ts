/**
 * Asking the canvas to bring a job into view at a readable zoom (the job list, search stepping, F).
 * A plain shared ref: the canvas watches it (useViewportNavigation.ts); `seq` makes asking twice
 * for one job count twice (the user may have panned away in between).
 */
import { shallowRef } from 'vue'

export const focusRequest = shallowRef<{ id: string; seq: number } | null>(null)
let seq = 0

export function requestFocus(id: string) {
  focusRequest.value = { id, seq: ++seq }
}
