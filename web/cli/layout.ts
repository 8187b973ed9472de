/**
 * Automatic positions on the command line, as the app computes them when it opens a file
 * (features/canvas/autoLayout.ts): ELK layered up to ELK_UP_TO jobs, the wave placement above.
 * The ELK options are those of the app's layout worker (features/canvas/layout.worker.ts), which
 * cannot be imported here: it is a Web Worker script.
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import { ELK_UP_TO, NODE_HEIGHT, NODE_WIDTH } from '../src/features/canvas/layoutTypes'
import { waveLayout } from '../src/features/canvas/waveLayout'
import type { XY } from '../src/domain/export/placement'

type Edge = { from: string; to: string }

async function elkLayout(ids: readonly string[], edges: readonly Edge[], direction: 'LR' | 'TB') {
  const known = new Set(ids)
  const result = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '32',
      'elk.spacing.componentComponent': '48',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges
      .filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to)
      .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  })
  const positions: Record<string, XY> = {}
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round((child.x ?? 0) / 8) * 8, y: Math.round((child.y ?? 0) / 8) * 8 }
  }
  return positions
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
