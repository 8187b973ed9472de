/**
 * Automatic positions on the command line, as the app computes them when it opens a file
 * (features/canvas/autoLayout.ts, 'auto'): the wave placement, at every size.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../src/features/canvas/layoutTypes'
import { waveLayout } from '../src/features/canvas/waveLayout'
import type { XY } from '../src/domain/export/placement'

type Edge = { from: string; to: string }

export function automaticPositions(
  ids: readonly string[],
  edges: readonly Edge[],
  direction: 'LR' | 'TB',
): Record<string, XY> {
  return waveLayout({ ids, edges, direction, width: NODE_WIDTH, height: NODE_HEIGHT })
}
