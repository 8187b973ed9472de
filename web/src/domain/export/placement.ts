/**
 * Where each card sits in an exported picture: the position the user gave it on the canvas, else the
 * automatic one. Automatic positions of a whole graph may overlap the user's, so the jobs that have
 * none are moved as a block clear of the placed ones (below them left to right, beside them top to bottom).
 */
export interface XY {
  x: number
  y: number
}
export type PositionMap = Readonly<Record<string, XY>>

/** Space between the placed jobs and the block of automatically placed ones. */
const BLOCK_GAP = 96

export function completePositions(
  ids: readonly string[],
  placed: PositionMap,
  automatic: PositionMap,
  direction: 'LR' | 'TB',
  size: { width: number; height: number },
): Record<string, XY> {
  const result: Record<string, XY> = {}
  const missing: string[] = []
  for (const id of ids) {
    const at = placed[id]
    if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) result[id] = { x: at.x, y: at.y }
    else missing.push(id)
  }
  if (missing.length === 0) return result
  const autoOf = (id: string) => automatic[id] ?? { x: 0, y: 0 }
  if (missing.length === ids.length) {
    for (const id of missing) result[id] = { ...autoOf(id) }
    return result
  }
  const placedBoxes = Object.values(result)
  const lr = direction === 'LR'
  // Left to right the graph grows sideways: put the block under it; top to bottom, to its right.
  const clear = lr
    ? Math.max(...placedBoxes.map((p) => p.y)) + size.height + BLOCK_GAP
    : Math.max(...placedBoxes.map((p) => p.x)) + size.width + BLOCK_GAP
  const start = Math.min(...placedBoxes.map((p) => (lr ? p.x : p.y)))
  const autoMinAcross = Math.min(...missing.map((id) => (lr ? autoOf(id).y : autoOf(id).x)))
  const autoMinAlong = Math.min(...missing.map((id) => (lr ? autoOf(id).x : autoOf(id).y)))
  for (const id of missing) {
    const a = autoOf(id)
    result[id] = lr
      ? { x: a.x - autoMinAlong + start, y: a.y - autoMinAcross + clear }
      : { x: a.x - autoMinAcross + clear, y: a.y - autoMinAlong + start }
  }
  return result
}
