/**
 * Moving between job cards with the keyboard. Only the cards in view exist on the page, so Tab
 * cannot simply follow the page: Tab / Shift+Tab on a card go to the next / previous placed job in
 * declaration order (the order of the file), which is brought into view, selected and focused.
 * Enter opens the job in the inspector, focus on its first field. Past the last job, Tab leaves the
 * canvas as usual. The arrow keys go to the nearest card in that direction (spatialNavigation.ts),
 * brought into view at the current zoom when not wholly in it (the selection's reveal), while the
 * card shows keyboard focus: after a click they nudge the selected jobs (useCanvasKeys.ts).
 */
import { nextTick } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { useLayoutStore } from '@/stores/layout'
import { useSelectionStore } from '@/stores/selection'
import { requestFocus } from './canvasFocus'
import { ARROW_KEYS, nearestCard } from './spatialNavigation'

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

/**
 * The card was last reached with the pointer: its arrows nudge. Not the same as :focus-visible,
 * which a click on the card that already had keyboard focus leaves as it was.
 */
let pointerOnCard = false
export const onCardPointerDown = () => (pointerOnCard = true)
export function onCardFocus(event: FocusEvent) {
  if ((event.currentTarget as HTMLElement).matches(':focus-visible')) pointerOnCard = false
}

const cardSelector = (id: string) => `[data-testid="node-${CSS.escape(id)}"]`

function moveByArrow(event: KeyboardEvent, id: string) {
  const direction = ARROW_KEYS[event.key]
  const card = event.currentTarget as HTMLElement | null
  if (!direction || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return
  if (pointerOnCard || !card?.matches(':focus-visible')) return
  event.preventDefault()
  // Only the jobs on the canvas (the layout may still hold a place for a job removed in the JSON).
  const layout = useLayoutStore()
  const placed = Object.fromEntries(
    useDocumentStore().view.model.jobs.flatMap((j) =>
      j.id !== undefined && layout.positions[j.id] ? [[j.id, layout.positions[j.id]!]] : [],
    ),
  )
  const next = nearestCard(placed, id, direction)
  if (next === null) return
  useSelectionStore().selectJobs([next])
  void nextTick(() => focusWhenShown(cardSelector(next)))
}

export function onCardKey(event: KeyboardEvent, id: string) {
  if (event.key in ARROW_KEYS) return moveByArrow(event, id)
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
  void nextTick(() => focusWhenShown(cardSelector(next)))
}
