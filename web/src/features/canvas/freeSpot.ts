/**
 * Where a new card goes when the user did not point at a spot (+ Add Job, N): in free space in the
 * part of the canvas they are looking at, as near its centre as possible, never on another card.
 * All in flow coordinates; cards are boxes of one size whose `x, y` is the top-left corner.
 */
export interface XY {
  x: number
  y: number
}
export interface Box extends XY {
  width: number
  height: number
}

/** About this many candidate columns across the view, whatever the zoom (a few thousand tests). */
const COLUMNS = 64
const GRID = 8

const snap = (v: number) => Math.round(v / GRID) * GRID

/**
 * The free spot nearest the centre of `view` (kept `gap` away from every card), or, when the view is
 * full, the nearest one around it; null when nothing is free within three views' reach.
 */
export function freeSpot(cards: readonly XY[], card: { width: number; height: number }, view: Box, gap = 24) {
  const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 }
  return nearestFree(cards, card, view, centre, gap) ?? nearestFree(cards, card, grow(view, 3), centre, gap)
}

function grow(view: Box, factor: number): Box {
  const width = view.width * factor
  const height = view.height * factor
  return { x: view.x - (width - view.width) / 2, y: view.y - (height - view.height) / 2, width, height }
}

function nearestFree(
  cards: readonly XY[],
  card: { width: number; height: number },
  area: Box,
  centre: XY,
  gap: number,
): XY | null {
  const step = Math.max(GRID, snap(area.width / COLUMNS))
  const near = cards.filter(
    (c) =>
      c.x < area.x + area.width + gap &&
      c.x + card.width > area.x - gap &&
      c.y < area.y + area.height + gap &&
      c.y + card.height > area.y - gap,
  )
  const candidates: XY[] = []
  for (let x = snap(area.x + gap); x + card.width + gap <= area.x + area.width; x += step)
    for (let y = snap(area.y + gap); y + card.height + gap <= area.y + area.height; y += step)
      candidates.push({ x, y })
  const distance = (p: XY) => Math.hypot(p.x + card.width / 2 - centre.x, p.y + card.height / 2 - centre.y)
  candidates.sort((a, b) => distance(a) - distance(b))
  return (
    candidates.find((p) =>
      near.every(
        (c) =>
          p.x >= c.x + card.width + gap ||
          c.x >= p.x + card.width + gap ||
          p.y >= c.y + card.height + gap ||
          c.y >= p.y + card.height + gap,
      ),
    ) ?? null
  )
}
