/**
 * Cards that come into view as the view moves are mounted a few per frame, nearest the middle of
 * the view first, and those that leave it are unmounted a few per frame, farthest first, instead
 * of all in the frame that moved the view.
 *
 * Zooming out over a big graph brings tens of cards into view per wheel step (hundreds for one
 * Fit): each is a Vue Flow node wrapper, a card component and two handles to mount, style, lay out
 * and paint, 0.3–0.5 ms apiece on this machine, so the frame of that step took 60–190 ms (zoom at
 * 1000 layered jobs, per wheel step). Zooming back in unmounts as many, ~0.2 ms apiece. With a
 * budget per frame the view keeps moving at the display's rate; the cards at the rim follow a few
 * frames later, as a map's tiles do, and cards just out of view linger unseen for a few frames.
 */

/** How many cards may be mounted and unmounted in one frame. */
export interface FrameBudget {
  add: number
  drop: number
}

/** The cards to show now, how many came and went, and how many changes wait for the next frames. */
export interface Admission<T> {
  shown: T[]
  added: number
  dropped: number
  pending: number
}

/**
 * Of `all` (in its order): the cards `shown` before that are still wanted, at most `budget.add`
 * wanted ones not shown yet (lowest `rank` first), and the shown ones no longer wanted but the
 * `budget.drop` of highest rank (those go).
 */
export function admit<T>(
  all: readonly T[],
  isWanted: (item: T) => boolean,
  shown: ReadonlySet<T>,
  budget: FrameBudget,
  rank: (item: T) => number,
): Admission<T> {
  const coming: T[] = []
  const going: T[] = []
  const wanted = new Set<T>()
  for (const item of all) {
    const want = isWanted(item)
    if (want) wanted.add(item)
    if (want && !shown.has(item)) coming.push(item)
    else if (!want && shown.has(item)) going.push(item)
  }
  const added = pick(coming, budget.add, rank, 1)
  const dropped = pick(going, budget.drop, rank, -1)
  return {
    shown: all.filter((item) =>
      wanted.has(item) ? shown.has(item) || added.has(item) : shown.has(item) && !dropped.has(item),
    ),
    added: added.size,
    dropped: dropped.size,
    pending: coming.length - added.size + going.length - dropped.size,
  }
}

/** At most `count` of `items`, by `rank` ascending (`order` 1) or descending (-1). */
function pick<T>(items: readonly T[], count: number, rank: (item: T) => number, order: 1 | -1): Set<T> {
  if (items.length <= count) return new Set(items)
  const ranked = items.map((item) => ({ item, rank: rank(item) * order })).sort((a, b) => a.rank - b.rank)
  return new Set(ranked.slice(0, Math.max(0, count)).map((r) => r.item))
}
