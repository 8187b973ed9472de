/**
 * Cards that come into view as the view moves are mounted a few per frame, nearest the middle of
 * the view first, instead of all in the frame that brought them.
 *
 * Zooming out over a big graph brings tens of cards into view per wheel step (hundreds for one
 * Fit): each is a Vue Flow node wrapper, a card component and two handles to mount, style, lay out
 * and paint, 0.3–0.5 ms apiece on this machine, so the frame of that step took 25–55 ms (bench
 * trace, zoom at 1000 layered jobs: 11 of 70 frames missed). With a budget per frame, the view keeps
 * moving at the display's rate and the cards at its rim follow a few frames later, as a map's tiles
 * do. Cards already shown stay as they are; a card that leaves the view goes at once (unmounting is
 * cheap, and a card out of view must not keep edges and focus).
 */

/** The cards to show now, how many of them are new, and how many wanted were held back for later. */
export interface Admission<T> {
  shown: T[]
  admitted: number
  held: number
}

/**
 * The items of `wanted` (in its order) that were `shown` before, plus at most `budget` new ones,
 * those of lowest `rank` first.
 */
export function admit<T>(
  shown: ReadonlySet<T>,
  wanted: readonly T[],
  budget: number,
  rank: (item: T) => number,
): Admission<T> {
  const fresh = wanted.filter((item) => !shown.has(item))
  if (fresh.length <= budget) return { shown: wanted.slice(), admitted: fresh.length, held: 0 }
  const ranked = fresh.map((item) => ({ item, rank: rank(item) })).sort((a, b) => a.rank - b.rank)
  const admitted = new Set(ranked.slice(0, Math.max(0, budget)).map((r) => r.item))
  return {
    shown: wanted.filter((item) => shown.has(item) || admitted.has(item)),
    admitted: admitted.size,
    held: fresh.length - admitted.size,
  }
}
