/**
 * Moving between job cards with the keyboard. Only the cards in view exist on the page, so Tab
 * cannot simply follow the page: Tab / Shift+Tab on a card go to the next / previous placed job in
 * declaration order (the order of the file), which is brought into view, selected and focused.
 * Enter opens the job in the inspector, focus on its first field. Past the last job, Tab leaves the
 * canvas as usual.
 */
import { nextTick } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { useLayoutStore } from '@/stores/layout'
import { useSelectionStore } from '@/stores/selection'
import { requestFocus } from './canvasFocus'

/** The id after (1) or before (-1) `id` among `ids`, or null past either end. */
export function neighbourId(ids: readonly string[], id: string, delta: 1 | -1): string | null {
  const at = ids.indexOf(id)
  if (at < 0) return null
  return ids[at + delta] ?? null
}

/** Focus the element `selector` finds once it is on the page (a card mounts when in view). */
function focusWhenShown(selector: string, framesLeft = 30) {
  const el = document.querySelector<HTMLElement>(selector)
  if (el) return el.focus({ preventScroll: true })
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(selector, framesLeft - 1))
}

export function onCardKey(event: KeyboardEvent, id: string) {
  const selection = useSelectionStore()
  if (event.key === 'Enter') {
    event.preventDefault()
    const doc = useDocumentStore()
    const index = doc.view.model.jobs.findIndex((j) => j.id === id)
    selection.selectJobs([id])
    if (index < 0) return
    selection.reveal(`/jobs/${index}`)
    void nextTick(() => focusWhenShown(`[data-testid="job-form"][data-pointer="/jobs/${index}"] input`))
    return
  }
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return
  const doc = useDocumentStore()
  const layout = useLayoutStore()
  const placed = doc.view.model.jobs.flatMap((j) =>
    j.id !== undefined && layout.isPlaced(j.id) ? [j.id] : [],
  )
  const next = neighbourId(placed, id, event.shiftKey ? -1 : 1)
  if (next === null) return
  event.preventDefault()
  selection.selectJobs([next])
  requestFocus(next)
  void nextTick(() => focusWhenShown(`[data-testid="node-${CSS.escape(next)}"]`))
}
