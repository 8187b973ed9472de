/**
 * How much of the canvas's right side a floating panel covers (the inspector floating over it, the
 * JSON opened as a drawer): Fit and Focus aim at the part the user can see.
 */
const FLOATING =
  '[data-testid="inspector-dock"][data-placement="overlay"], [data-testid="json-dock"][data-placement="drawer"]'

export function coveredRight(canvas: HTMLElement): number {
  const box = canvas.getBoundingClientRect()
  let covered = 0
  for (const el of document.querySelectorAll<HTMLElement>(FLOATING)) {
    const panel = el.getBoundingClientRect()
    if (panel.width === 0 || panel.bottom <= box.top || panel.top >= box.bottom) continue
    covered = Math.max(covered, box.right - Math.max(panel.left, box.left))
  }
  // Never the whole canvas: a panel wider than that is over it only for a moment.
  return Math.min(covered, box.width / 2)
}
