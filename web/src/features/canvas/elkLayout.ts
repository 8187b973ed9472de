/**
 * The ELK layered layout the app uses, as one plain function: the canvas's Web Worker
 * (layout.worker.ts) and the command line's picture export (cli/layout.ts) both call it, so a
 * picture is laid out exactly like the canvas. Default Brandes-Köpf node placement: NETWORK_SIMPLEX
 * is too slow on large graphs (DESIGN.md §4).
 */
import type ELK from 'elkjs/lib/elk.bundled.js'
import { ELK_UP_TO } from './layoutTypes'

export interface ElkNodeBox {
  id: string
  width: number
  height: number
}

/**
 * Above this many jobs ELK trades polish for time. It does not try to keep the written order (that
 * constraint made a 1000-job layered graph take 2–4 times longer), sweeps once instead of seven times
 * to reduce crossings, skips the greedy-switch pass, and routes edges as polylines (the canvas draws its
 * own edges; only node positions are used). Measured in node on the 1000-job layered bench graph
 * (1903 edges): 2.6–4.1 s → 0.9 s; at 2000 jobs 8.0 s → 2.5 s (bench/README figures).
 */
function effortOptions(jobs: number): Record<string, string> {
  if (jobs <= ELK_UP_TO)
    return {
      // Keeps the order people wrote their jobs in.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
    }
  return {
    'elk.layered.thoroughness': '1',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    'elk.edgeRouting': 'POLYLINE',
  }
}

/** Top-left corners by node id, snapped to the 8-px grid the canvas snaps to. */
export async function elkPositions(
  elk: InstanceType<typeof ELK>,
  nodes: readonly ElkNodeBox[],
  edges: readonly { from: string; to: string }[],
  direction: 'LR' | 'TB',
): Promise<Record<string, { x: number; y: number }>> {
  const known = new Set(nodes.map((n) => n.id))
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '32',
      'elk.spacing.componentComponent': '48',
      ...effortOptions(nodes.length),
    },
    children: nodes.map((n) => ({ ...n })),
    edges: edges
      .filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to)
      .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  })
  const positions: Record<string, { x: number; y: number }> = {}
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round((child.x ?? 0) / 8) * 8, y: Math.round((child.y ?? 0) / 8) * 8 }
  }
  return positions
}
