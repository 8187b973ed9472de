/**
 * Automatic positions on the command line, as the app computes them when it opens a file
 * (features/canvas/autoLayout.ts): ELK layered up to ELK_UP_TO jobs, the wave placement above.
 * ELK runs with the same options as the app's layout worker (features/canvas/elkLayout.ts).
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import { elkPositions } from '../src/features/canvas/elkLayout'
import { ELK_UP_TO, NODE_HEIGHT, NODE_WIDTH } from '../src/features/canvas/layoutTypes'
import { waveLayout } from '../src/features/canvas/waveLayout'
import type { XY } from '../src/domain/export/placement'

type Edge = { from: string; to: string }

function elkLayout(ids: readonly string[], edges: readonly Edge[], direction: 'LR' | 'TB') {
  const nodes = ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT }))
  return elkPositions(new ELK(), nodes, edges, direction)
}

export async function automaticPositions(
  ids: readonly string[],
  edges: readonly Edge[],
  direction: 'LR' | 'TB',
): Promise<Record<string, XY>> {
  if (ids.length > ELK_UP_TO)
    return waveLayout({ ids, edges, direction, width: NODE_WIDTH, height: NODE_HEIGHT })
  return elkLayout(ids, edges, direction)
}
