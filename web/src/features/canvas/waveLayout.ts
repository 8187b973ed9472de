/**
 * The automatic layout a file opens with, at every size: each job goes in the column (or row) of
 * its wave, the longest chain of dependencies before it (the engine's parallel mode runs a job no
 * earlier than that, and the plan overlay's wave numbers match the columns); within the waves,
 * Sugiyama-style crossing reduction with stand-ins for long dependencies (waveOrder.ts), then each
 * job lined up with the jobs it is linked to (wavePlacement.ts) rather than each wave centred, which
 * drew a staircase of long edges.
 *
 * Why not ELK at open: in a cold worker it takes 1.2–3.1 s at 200 jobs and 2–4 s at 1000; this takes
 * tens of ms at 1000 jobs, and measured with layoutQuality.ts on the bench's graphs it crosses
 * fewer edges and draws them shorter than ELK's layered layout with our options (bench/README).
 * ELK stays for "Auto-arrange". Pure (no DOM): the page, the command line's export and unit tests.
 */
import { orderWaves } from './waveOrder'
import { placeAcross } from './wavePlacement'

export interface WaveLayoutInput {
  ids: readonly string[]
  edges: readonly { from: string; to: string }[]
  direction: 'LR' | 'TB'
  width: number
  height: number
  /** Space between cards of one wave, and between waves. */
  gap?: number
  waveGap?: number
  /** Ordering sweeps (0: each wave in written order). */
  sweeps?: number
}

/** Most crossing-reduction sweeps (down or up), and placement passes across the flow. */
const SWEEPS = 6
const PASSES = 40
const GRID = 8

export function waveLayout(input: WaveLayoutInput): Record<string, { x: number; y: number }> {
  const { ids, direction, width, height, gap = 32, waveGap = 64, sweeps = SWEEPS } = input
  const index = new Map(ids.map((id, i) => [id, i]))
  const parents: number[][] = ids.map(() => [])
  const children: number[][] = ids.map(() => [])
  for (const e of input.edges) {
    const from = index.get(e.from)
    const to = index.get(e.to)
    if (from === undefined || to === undefined || from === to) continue
    parents[to]!.push(from)
    children[from]!.push(to)
  }

  const acyclic = withoutBackEdges(children)
  const wave = wavesOf(acyclic.parents, acyclic.children)
  const order = orderWaves(wave, acyclic.parents, sweeps)
  const lr = direction === 'LR'
  const along = (lr ? width : height) + waveGap
  const neighbours = parents.map((p, n) => [...p, ...children[n]!])
  const across = placeAcross(order, neighbours, (lr ? height : width) + gap, PASSES)

  // Snapped to the canvas grid: with a step that is a multiple of it, cards stay a step apart.
  const snap = (v: number) => Math.round(v / GRID) * GRID
  const positions: Record<string, { x: number; y: number }> = {}
  ids.forEach((id, n) => {
    const a = wave[n]! * along
    const b = snap(across[n]!)
    positions[id] = lr ? { x: a, y: b } : { x: b, y: a }
  })
  return positions
}

/**
 * The dependencies without the ones that close a cycle (a config the engine refuses, but still
 * shown): a depth-first walk in the file's order drops each edge back to a job still on the walk,
 * as ELK's cycle breaking does, so a cycle is drawn as a chain with one edge running back (routed
 * around the cards, backEdgeRoute.ts) instead of a heap of cards in one wave. Jobs on no cycle keep
 * every dependency, so their waves are the engine's.
 */
function withoutBackEdges(children: number[][]): { parents: number[][]; children: number[][] } {
  const state = new Uint8Array(children.length) // 0 not seen, 1 on the walk, 2 done
  const kept: number[][] = children.map(() => [])
  for (let root = 0; root < children.length; root++) {
    if (state[root]) continue
    const stack: [number, number][] = [[root, 0]]
    state[root] = 1
    while (stack.length) {
      const top = stack[stack.length - 1]!
      const [n, next] = top
      if (next === children[n]!.length) {
        state[n] = 2
        stack.pop()
        continue
      }
      top[1]++
      const c = children[n]![next]!
      if (state[c] === 1) continue // closes a cycle: not used for waves
      kept[n]!.push(c)
      if (state[c] === 0) {
        state[c] = 1
        stack.push([c, 0])
      }
    }
  }
  const parents: number[][] = children.map(() => [])
  kept.forEach((cs, n) => cs.forEach((c) => parents[c]!.push(n)))
  return { parents, children: kept }
}

/** Wave of each job: 0 for jobs without dependencies, else one more than its latest dependency. */
function wavesOf(parents: number[][], children: number[][]): number[] {
  const wave = new Array<number>(parents.length).fill(0)
  const waiting = parents.map((p) => p.length)
  const queue: number[] = []
  for (let n = 0; n < parents.length; n++) if (waiting[n] === 0) queue.push(n)
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head]!
    for (const c of children[n]!) {
      wave[c] = Math.max(wave[c]!, wave[n]! + 1)
      if (--waiting[c]! === 0) queue.push(c)
    }
  }
  return wave
}
