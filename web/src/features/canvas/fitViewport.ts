/**
 * The viewport that shows the whole graph, computed from the placed positions and the fixed card
 * size. Not Vue Flow's fitView: with only visible nodes rendered, most cards of a big graph are never
 * measured, and fitView fits only measured cards (so "F" showed an arbitrary patch, often empty).
 * A graph too big to read when whole is shown from its start at a readable zoom instead.
 */
import type { Direction } from '@/stores/layout'
import { NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'

export interface Viewport {
  x: number
  y: number
  zoom: number
}

export const READABLE_ZOOM = 0.6
const PADDING = 0.12
const MAX_ZOOM = 1
const MARGIN = 32

export function fitViewport(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
  direction: Direction,
): Viewport | null {
  if (points.length === 0 || size.width <= 0 || size.height <= 0) return null
  const minX = Math.min(...points.map((p) => p.x))
  const minY = Math.min(...points.map((p) => p.y))
  const maxX = Math.max(...points.map((p) => p.x)) + NODE_WIDTH
  const maxY = Math.max(...points.map((p) => p.y)) + NODE_HEIGHT
  const width = maxX - minX
  const height = maxY - minY
  const fitted = Math.min(
    size.width / (width * (1 + PADDING)),
    size.height / (height * (1 + PADDING)),
    MAX_ZOOM,
  )
  if (fitted >= READABLE_ZOOM)
    return {
      x: size.width / 2 - (minX + width / 2) * fitted,
      y: size.height / 2 - (minY + height / 2) * fitted,
      zoom: fitted,
    }
  // Too small to read: the start of the flow at the leading edge, and across the flow its first
  // layer (the root jobs): ELK may centre a lone root on its wide next layer, far from the top.
  const z = READABLE_ZOOM
  const lr = direction === 'LR'
  const along = (p: { x: number; y: number }) => (lr ? p.x : p.y)
  const across = (p: { x: number; y: number }) => (lr ? p.y : p.x)
  const start = lr ? minX : minY
  const first = points.filter((p) => along(p) < start + (lr ? NODE_WIDTH : NODE_HEIGHT))
  const lo = Math.min(...first.map(across))
  const hi = Math.max(...first.map(across)) + (lr ? NODE_HEIGHT : NODE_WIDTH)
  const span = lr ? size.height : size.width
  const offsetAcross = hi - lo <= span / z ? span / 2 - ((lo + hi) / 2) * z : MARGIN - lo * z
  const offsetAlong = MARGIN - start * z
  return lr ? { x: offsetAlong, y: offsetAcross, zoom: z } : { x: offsetAcross, y: offsetAlong, zoom: z }
}
