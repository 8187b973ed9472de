/**
 * The viewport that shows the whole graph, computed from the placed positions and the fixed card
 * size. Not Vue Flow's fitView: with only visible nodes rendered, most cards of a big graph are never
 * measured, and fitView fits only measured cards (so "F" showed an arbitrary patch, often empty).
 * Opening a file (fitViewport): a graph too big to read when whole is shown from its start at a
 * readable zoom instead. An explicit Fit (fitWhole) always frames every card, however small.
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

/** Bounds of every card (top-left corners plus the fixed card size). */
function bounds(points: readonly { x: number; y: number }[]) {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const p of points) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
    maxX = Math.max(maxX, p.x + NODE_WIDTH)
    maxY = Math.max(maxY, p.y + NODE_HEIGHT)
  }
  return { minX, minY, width: maxX - minX, height: maxY - minY }
}

/** The viewport that frames every card, at most at zoom 1 and with no lower limit. */
export function fitWhole(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
): Viewport | null {
  if (points.length === 0 || size.width <= 0 || size.height <= 0) return null
  const { minX, minY, width, height } = bounds(points)
  const zoom = Math.min(
    size.width / (width * (1 + PADDING)),
    size.height / (height * (1 + PADDING)),
    MAX_ZOOM,
  )
  return {
    x: size.width / 2 - (minX + width / 2) * zoom,
    y: size.height / 2 - (minY + height / 2) * zoom,
    zoom,
  }
}

/** Lowest zoom the canvas allows: its usual 0.1, or lower when that is what shows the whole graph. */
export const BASE_MIN_ZOOM = 0.1
export function minZoomFor(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
): number {
  const whole = fitWhole(points, size)
  return whole ? Math.min(BASE_MIN_ZOOM, whole.zoom * 0.8) : BASE_MIN_ZOOM
}

/** Zoom at which a focused card's text reads comfortably (13 px ids at about 10 px). */
export const FOCUS_ZOOM = 0.8

/** The viewport centred on the card at `p`, zoomed in to FOCUS_ZOOM when further out than that. */
export function focusViewport(
  p: { x: number; y: number },
  size: { width: number; height: number },
  currentZoom: number,
): Viewport {
  const zoom = Math.max(currentZoom, FOCUS_ZOOM)
  return {
    x: size.width / 2 - (p.x + NODE_WIDTH / 2) * zoom,
    y: size.height / 2 - (p.y + NODE_HEIGHT / 2) * zoom,
    zoom,
  }
}

/** The viewport a file opens on: the whole graph when readable, else its start (see the top). */
export function fitViewport(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
  direction: Direction,
): Viewport | null {
  const whole = fitWhole(points, size)
  if (!whole || whole.zoom >= READABLE_ZOOM) return whole
  const { minX, minY } = bounds(points)
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
