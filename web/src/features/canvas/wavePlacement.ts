/**
 * Where each job sits across the flow, starting from the order waveOrder.ts found: as close as the
 * cards allow to the mean of the jobs it is linked to, so a job lines up with its dependencies and
 * dependents instead of each wave being centred on its own (centring made the staircase: a wave of
 * 3 jobs sat in the middle of the drawing while the jobs it depends on sat at its top).
 *
 * Each wave in turn, all others held still, is sorted by where its jobs want to be (the mean
 * position of their neighbours, in any wave: long dependencies pull too) and gets the positions that
 * minimise the squared distances to those wishes while keeping that order and one card + gap between
 * cards: an isotonic regression, solved exactly by pooling adjacent violators, O(jobs + dependencies)
 * per pass. The passes alternate down and up the waves until nothing moves. Measured on the bench's
 * layered 1000: sorting in the passes, not only at the start, is what shortens the edges (4.5M →
 * 3.5M px with the same starting order). Pure: unit-tested through waveLayout.test.ts.
 */

/** A job linked to nothing stays where it is, pulled by this much (it moves only when pushed). */
const IDLE_WEIGHT = 1e-3
/** A pass that moves no job by this many px or more is the last one. */
const STILL = 1

/**
 * Positions across the flow (the top-left corner's coordinate), from 0. `order[w]`: the jobs of wave
 * w in their first order (it changes: each pass re-sorts a wave by where its jobs want to be);
 * `neighbours[n]`: every job n is linked to, in any wave; `step`: card size + gap.
 */
export function placeAcross(
  order: readonly number[][],
  neighbours: readonly number[][],
  step: number,
  passes: number,
): Float64Array {
  const at = new Float64Array(neighbours.length)
  for (const members of order) members.forEach((n, i) => (at[n] = (i - (members.length - 1) / 2) * step))
  const waves = order.map((members) => [...members])
  const wanted = new Float64Array(neighbours.length)
  for (let pass = 0, moved = Infinity; pass < passes && moved >= STILL; pass++) {
    const down = pass % 2 === 0
    moved = 0
    for (let k = 0; k < waves.length; k++)
      moved = Math.max(moved, settle(waves[down ? k : waves.length - 1 - k]!, neighbours, step, at, wanted))
  }
  let least = Infinity
  for (const v of at) least = Math.min(least, v)
  return at.map((v) => v - least)
}

/**
 * One wave's best positions with the rest held still (pool adjacent violators). Returns the
 * farthest any of its jobs moved.
 */
function settle(
  members: number[],
  neighbours: readonly number[][],
  step: number,
  at: Float64Array,
  wanted: Float64Array,
): number {
  for (const n of members) {
    const near = neighbours[n]!
    let sum = 0
    for (const m of near) sum += at[m]!
    wanted[n] = near.length ? sum / near.length : at[n]!
  }
  // Where they want to be decides the order too (ties: where they are).
  members.sort((a, b) => wanted[a]! - wanted[b]! || at[a]! - at[b]!)
  // With y_i = x_i - i·step the order-and-spacing constraint becomes y non-decreasing.
  const blocks: { sum: number; weight: number; size: number }[] = []
  members.forEach((n, i) => {
    const near = neighbours[n]!
    const weight = near.length || IDLE_WEIGHT
    blocks.push({ sum: (wanted[n]! - i * step) * weight, weight, size: 1 })
    while (blocks.length > 1) {
      const top = blocks[blocks.length - 1]!
      const below = blocks[blocks.length - 2]!
      if (below.sum / below.weight <= top.sum / top.weight) break
      below.sum += top.sum
      below.weight += top.weight
      below.size += top.size
      blocks.pop()
    }
  })
  let i = 0
  let moved = 0
  for (const block of blocks) {
    const y = block.sum / block.weight
    for (let k = 0; k < block.size; k++, i++) {
      const n = members[i]!
      moved = Math.max(moved, Math.abs(at[n]! - (y + i * step)))
      at[n] = y + i * step
    }
  }
  return moved
}
