/**
 * Geometry of the canvas mini map: which part of the flow it shows, and how its pixels map to flow
 * coordinates. Pure functions, so the component only draws and forwards pointer events.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}
export interface Viewport {
  x: number
  y: number
  zoom: number
}
/** Flow → mini map pixels: `px = (flow - originX) * scale + offsetX`. */
export interface MiniMapFrame {
  scale: number
  originX: number
  originY: number
  offsetX: number
  offsetY: number
}

/** The part of the flow the canvas shows (flow coordinates). */
export function visibleRect(viewport: Viewport, size: { width: number; height: number }): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: size.width / viewport.zoom,
    height: size.height / viewport.zoom,
  }
}

/** Smallest rectangle holding every box (null when there is none). */
export function boundsOf(boxes: Iterable<Rect>): Rect | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const b of boxes) {
    minX = Math.min(minX, b.x)
    minY = Math.min(minY, b.y)
    maxX = Math.max(maxX, b.x + b.width)
    maxY = Math.max(maxY, b.y + b.height)
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

/**
 * Fit the union of the graph and the visible part into the map (so the viewport frame never leaves
 * it), centred, with a margin of `padding` map pixels.
 */
export function frameFor(
  graph: Rect | null,
  visible: Rect,
  map: { width: number; height: number },
  padding = 6,
): MiniMapFrame {
  const all = boundsOf(graph ? [graph, visible] : [visible])!
  const width = Math.max(all.width, 1)
  const height = Math.max(all.height, 1)
  const scale = Math.min((map.width - 2 * padding) / width, (map.height - 2 * padding) / height)
  return {
    scale,
    originX: all.x,
    originY: all.y,
    offsetX: (map.width - width * scale) / 2,
    offsetY: (map.height - height * scale) / 2,
  }
}

export function toMap(frame: MiniMapFrame, x: number, y: number): { x: number; y: number } {
  return {
    x: (x - frame.originX) * frame.scale + frame.offsetX,
    y: (y - frame.originY) * frame.scale + frame.offsetY,
  }
}

export function toFlow(frame: MiniMapFrame, x: number, y: number): { x: number; y: number } {
  return {
    x: (x - frame.offsetX) / frame.scale + frame.originX,
    y: (y - frame.offsetY) / frame.scale + frame.originY,
  }
}
