/**
 * How readable a layout is, in figures the bench and the tests can compare: the number of edge
 * crossings and the total length of the edges, as the canvas draws them, and the size of the drawing.
 *
 * Edges are taken as the canvas routes them (edgeRoute.ts, Vue Flow's smooth-step path): from the
 * middle of the source card's outgoing side (right, or bottom top-to-bottom) to the middle of the
 * target's incoming side, in horizontal and vertical runs (the 5 px rounded corners are ignored).
 * Two edges cross where a run of one passes through a run of the other at a right angle, strictly
 * inside both. Edges between the same two columns share one vertical line (the "channel" half-way
 * between the cards): two of them cross there when they enter it in one order and leave it in the
 * other, as they would if drawn a hair apart. Runs that merely lie on top of each other (edges
 * leaving one card together) are not crossings. Counted with a sweep and Fenwick trees,
 * O(edges · log edges): milliseconds at 2000 jobs.
 * An edge also "passes behind" each card, other than its own two, that one of its runs goes through:
 * a long edge drawn straight through a card reads as two dependencies.
 */
export interface XY {
  x: number
  y: number
}

export interface QualityInput {
  positions: Readonly<Record<string, XY>>
  edges: readonly { from: string; to: string }[]
  direction: 'LR' | 'TB'
  width: number
  height: number
}

export interface LayoutFigures {
  /** Edges drawn (both ends placed, not a job depending on itself). */
  edges: number
  crossings: number
  /** Cards an edge's runs go through (not its own source or target), summed over the edges. */
  behindCards: number
  /** Sum of the edges' drawn lengths, px. */
  edgeLength: number
  /** The box around every card, px. */
  drawingWidth: number
  drawingHeight: number
}

/** Vue Flow's smooth-step default: the straight run out of a handle before the first turn. */
const OFFSET = 20

/**
 * The corners of the smooth-step route between two handle points, with straight stretches as one
 * run: measured here, and banded by edgeRoute.ts (routeBands) to decide which edges are in view.
 */
export function routeCorners(source: XY, target: XY, horizontal: boolean): XY[] {
  // Written for top-to-bottom; left-to-right is the same with x and y swapped.
  const flip = (p: XY): XY => (horizontal ? { x: p.y, y: p.x } : p)
  const s = flip(source)
  const t = flip(target)
  const midY = (s.y + t.y) / 2
  const midX = (s.x + t.x) / 2
  const out = s.y + OFFSET
  const into = t.y - OFFSET
  // Ahead (Vue Flow compares the points `offset` out of each handle): down to the middle, across,
  // down into the target. Behind: out of the source, across at mid-width, back up past the target.
  const route =
    out < into
      ? [s, { x: s.x, y: midY }, { x: t.x, y: midY }, t]
      : [s, { x: s.x, y: out }, { x: midX, y: out }, { x: midX, y: into }, { x: t.x, y: into }, t]
  // One run per straight stretch: a straight-ahead route has an empty middle run in Vue Flow's terms.
  const corners: XY[] = []
  for (const p of route.map(flip)) {
    const last = corners[corners.length - 1]
    if (last && last.x === p.x && last.y === p.y) continue
    const before = corners[corners.length - 2]
    if (
      last &&
      before &&
      (before.x === last.x) === (last.x === p.x) &&
      (before.y === last.y) === (last.y === p.y)
    )
      corners.pop()
    corners.push(p)
  }
  return corners
}

interface Run {
  /** Fixed coordinate (y of a horizontal run, x of a vertical one) and the span along the other. */
  at: number
  from: number
  to: number
  /** Where the edge enters and leaves this run (along it): the order within a shared channel. */
  enter: number
  leave: number
  edge: number
}

export function layoutQuality(input: QualityInput): LayoutFigures {
  const { positions, direction, width, height } = input
  const lr = direction === 'LR'
  const horizontal: Run[] = []
  const vertical: Run[] = []
  const ends: [string, string][] = []
  let edgeLength = 0
  for (const e of input.edges) {
    const a = positions[e.from]
    const b = positions[e.to]
    if (!a || !b || e.from === e.to) continue
    const edge = ends.push([e.from, e.to]) - 1
    const source = lr ? { x: a.x + width, y: a.y + height / 2 } : { x: a.x + width / 2, y: a.y + height }
    const target = lr ? { x: b.x, y: b.y + height / 2 } : { x: b.x + width / 2, y: b.y }
    const corners = routeCorners(source, target, lr)
    for (let i = 1; i < corners.length; i++) {
      const p = corners[i - 1]!
      const q = corners[i]!
      edgeLength += Math.abs(p.x - q.x) + Math.abs(p.y - q.y)
      const run = (at: number, enter: number, leave: number): Run => {
        return { at, from: Math.min(enter, leave), to: Math.max(enter, leave), enter, leave, edge }
      }
      if (p.y === q.y && p.x !== q.x) horizontal.push(run(p.y, p.x, q.x))
      else if (p.x === q.x && p.y !== q.y) vertical.push(run(p.x, p.y, q.y))
    }
  }
  const boxes = Object.values(positions)
  const span = (v: number[], size: number) => (v.length ? Math.max(...v) + size - Math.min(...v) : 0)
  const across = lr ? vertical : horizontal
  const cards = Object.entries(positions).map(([id, p]) => ({ id, ...p }))
  return {
    edges: ends.length,
    crossings: rightAngleCrossings(horizontal, vertical) + channelCrossings(across),
    behindCards:
      runsThroughCards(horizontal, cards, ends, width, height, false) +
      runsThroughCards(vertical, cards, ends, width, height, true),
    edgeLength: Math.round(edgeLength),
    drawingWidth: span(
      boxes.map((p) => p.x),
      width,
    ),
    drawingHeight: span(
      boxes.map((p) => p.y),
      height,
    ),
  }
}

/**
 * Pairs (horizontal run, vertical run) meeting strictly inside both. Sweep over x: a horizontal run
 * is in the tree (by its y) while the sweep is strictly between its ends; each vertical run counts
 * the runs in the tree strictly between its ends. One edge's own runs only meet at their ends.
 */
export function rightAngleCrossings(horizontal: readonly Run[], vertical: readonly Run[]): number {
  const ys = [...new Set(horizontal.map((h) => h.at))].sort((a, b) => a - b)
  const rank = (y: number) => {
    // Number of distinct ys < y (binary search).
    let lo = 0
    let hi = ys.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ys[mid]! < y) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const active = counter(ys.length)
  // At one x: runs ending there leave (0), then vertical runs count (1), then runs starting enter (2).
  type Event = [x: number, kind: 0 | 1 | 2, run: Run]
  const events: Event[] = []
  for (const h of horizontal) events.push([h.from, 2, h], [h.to, 0, h])
  for (const v of vertical) events.push([v.at, 1, v])
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let count = 0
  for (const [, kind, run] of events) {
    if (kind === 2) active.add(rank(run.at), 1)
    else if (kind === 0) active.add(rank(run.at), -1)
    else {
      // Horizontal runs with from < y < to: rank(to) counts those below `to`; minus those at or below `from`.
      const lo = rank(run.from)
      const atFrom = lo < ys.length && ys[lo] === run.from ? 1 : 0
      count += active.below(rank(run.to)) - active.below(lo + atFrom)
    }
  }
  return count
}

/** Fenwick tree over ranks 0..size-1: add, and count of ranks below i. */
function counter(size: number) {
  const tree = new Int32Array(size + 1)
  return {
    add(rank: number, d: number) {
      for (let i = rank + 1; i <= size; i += i & -i) tree[i]! += d
    },
    below(rank: number) {
      let s = 0
      for (let i = rank; i > 0; i -= i & -i) s += tree[i]!
      return s
    },
  }
}

/**
 * Runs on one line across the flow (same x left-to-right): pairs entering in one order and leaving
 * in the other, both strictly (edges sharing an end do not cross there).
 */
function channelCrossings(runs: readonly Run[]): number {
  const channels = new Map<number, Run[]>()
  for (const r of runs) {
    const list = channels.get(r.at)
    if (list) list.push(r)
    else channels.set(r.at, [r])
  }
  let count = 0
  for (const list of channels.values()) {
    if (list.length < 2) continue
    // Pairs with enter_a < enter_b and leave_a > leave_b: by enter, counting earlier leaves above.
    const leaves = [...new Set(list.map((r) => r.leave))].sort((a, b) => a - b)
    const rank = new Map(leaves.map((v, i) => [v, i]))
    const seen = counter(leaves.length)
    list.sort((a, b) => a.enter - b.enter)
    for (let i = 0; i < list.length;) {
      let j = i
      while (j < list.length && list[j]!.enter === list[i]!.enter) j++
      for (let k = i; k < j; k++)
        count += seen.below(leaves.length) - seen.below(rank.get(list[k]!.leave)! + 1)
      for (let k = i; k < j; k++) seen.add(rank.get(list[k]!.leave)!, 1)
      i = j
    }
  }
  return count
}

/**
 * Cards a run goes through (strictly inside the card's box across the run), other than its edge's
 * own. `vertical`: the runs are vertical (x fixed); the cards are searched by their position across.
 */
function runsThroughCards(
  runs: readonly Run[],
  cards: readonly ({ id: string } & XY)[],
  ends: readonly [string, string][],
  width: number,
  height: number,
  vertical: boolean,
): number {
  // Cards sorted by their coordinate across the run: a binary search finds the ones it may cross.
  const acrossOf = (c: XY) => (vertical ? c.x : c.y)
  const alongOf = (c: XY) => (vertical ? c.y : c.x)
  const thick = vertical ? width : height
  const long = vertical ? height : width
  const sorted = [...cards].sort((a, b) => acrossOf(a) - acrossOf(b))
  let count = 0
  for (const run of runs) {
    // First card with across > run.at - thick.
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (acrossOf(sorted[mid]!) <= run.at - thick) lo = mid + 1
      else hi = mid
    }
    const [source, target] = ends[run.edge]!
    for (let i = lo; i < sorted.length && acrossOf(sorted[i]!) < run.at; i++) {
      const card = sorted[i]!
      if (card.id === source || card.id === target) continue
      if (alongOf(card) < run.to && alongOf(card) + long > run.from) count++
    }
  }
  return count
}
