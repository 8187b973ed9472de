/**
 * The view moves only when the user asks (DESIGN: the canvas is the main thing). Two small signals
 * for useViewportNavigation.ts:
 * - `requestFit()`: after an explicit Auto-arrange or direction switch, show the whole graph;
 * - `selectInView(ids)`: a selection made where the user is looking (a drop, + Add Job, a double-
 *   click, a paste) selects without the reveal that a selection made elsewhere gets. That reveal,
 *   run after the inspector had narrowed the canvas, was what made the view jump after a drop.
 */
import { shallowRef } from 'vue'
import { useSelectionStore } from '@/stores/selection'

export const fitRequest = shallowRef(0)
export function requestFit() {
  fitRequest.value++
}

let selectingInView = false
export function selectInView(ids: string[]) {
  selectingInView = true
  useSelectionStore().selectJobs(ids)
  // Vue runs the selection watchers in the flush queued by selectJobs, before this microtask.
  queueMicrotask(() => (selectingInView = false))
}
export const isSelectingInView = () => selectingInView
