/**
 * Where an edge starts and ends on its cards, as Vue Flow's edge wrapper computes it (getEdgeHandle
 * and getHandlePosition in @vue-flow/core 1.48.2, not exported): the first handle of the right type
 * (Strict connection mode), the middle of its outer side. The edge layer (CanvasEdgeLayer.ts) draws
 * the edges itself, so an edge still ends exactly where Vue Flow would end it (and a drawn
 * connection line snaps to it).
 */
import { Position, type GraphNode } from '@vue-flow/core'
import type { Point } from './edgeRoute'

export interface EdgeEnd extends Point {
  /** The side of the card the edge leaves or enters by. */
  position: Position
}

export function edgeEnd(node: GraphNode, end: 'source' | 'target'): EdgeEnd {
  const handle = node.handleBounds[end]?.[0]
  const position = handle?.position ?? (end === 'source' ? Position.Bottom : Position.Top)
  const x = (handle?.x ?? 0) + node.computedPosition.x
  const y = (handle?.y ?? 0) + node.computedPosition.y
  const width = handle?.width ?? node.dimensions.width
  const height = handle?.height ?? node.dimensions.height
  if (position === Position.Top) return { x: x + width / 2, y, position }
  if (position === Position.Right) return { x: x + width, y: y + height / 2, position }
  if (position === Position.Bottom) return { x: x + width / 2, y: y + height, position }
  return { x, y: y + height / 2, position }
}
