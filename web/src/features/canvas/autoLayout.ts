/**
 * Page side of the layout worker: one worker for the app, requests matched by sequence number,
 * results cached by graph shape (direction + node ids + edges), so re-arranging an unchanged graph
 * or undoing back to it costs nothing.
 */
import type { Direction, XY } from '@/stores/layout'
import { NODE_HEIGHT, NODE_WIDTH, type LayoutRequest, type LayoutResponse } from './layoutTypes'

type Positions = Record<string, XY>
const CACHE_LIMIT = 20
const cache = new Map<string, Positions>()
const waiting = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>()
let worker: Worker | null = null
let seq = 0

function getWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const pending = waiting.get(event.data.seq)
    waiting.delete(event.data.seq)
    if (!pending) return
    if (event.data.positions) pending.resolve(event.data.positions)
    else pending.reject(new Error(event.data.error ?? 'layout failed'))
  }
  return worker
}

export async function computeLayout(
  ids: readonly string[],
  edges: readonly { from: string; to: string }[],
  direction: Direction,
): Promise<Positions> {
  const key = `${direction}|${ids.join('\u0001')}|${edges.map((e) => `${e.from}>${e.to}`).join('\u0001')}`
  const hit = cache.get(key)
  if (hit) return hit
  const request: LayoutRequest = {
    seq: ++seq,
    direction,
    nodes: ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges.map((e) => ({ from: e.from, to: e.to })),
  }
  const positions = await new Promise<Positions>((resolve, reject) => {
    waiting.set(request.seq, { resolve, reject })
    getWorker().postMessage(request)
  })
  cache.set(key, positions)
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  return positions
}
