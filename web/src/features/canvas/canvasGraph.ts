/** The canvas's cards for Vue Flow, derived from the last valid parse, the positions and the selection (edges: canvasEdges.ts). */
import { Position, type Node } from '@vue-flow/core'
import type { JobModel } from '@/domain/document/types'
import type { JobProblems } from '@/composables/useJobProblems'
import type { Direction, Positions } from '@/stores/layout'
import { HANDLE_SIZE, NODE_HEIGHT, NODE_WIDTH } from './layoutTypes'
import { nodeIdOf } from './edgeIds'

export const FLOW_ID = 'studio-canvas'

export interface JobNodeData {
  id: string
  index: number
  description: string
  command: string
  deps: number
  retries: number
  timeout: number | null
  checks: number
  env: number
  problems: JobProblems | undefined
  direction: Direction
}

const str = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v)
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0)
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

function nodeData(job: JobModel, problems: JobProblems | undefined, direction: Direction): JobNodeData {
  const raw = obj(job.raw)
  const retries = typeof raw.max_retries === 'number' ? raw.max_retries : 0
  return {
    id: job.id!,
    index: job.index,
    description: str(raw.description),
    // One line on the card: the first non-empty line of the command.
    command:
      str(raw.command)
        .split('\n')
        .find((l) => l.trim()) ?? '',
    deps: job.dependencies.length,
    retries,
    timeout: typeof raw.timeout === 'number' ? raw.timeout : null,
    checks: count(raw.pre_checks) + count(raw.post_checks),
    env: Object.keys(obj(raw.env_variables)).length,
    problems,
    direction,
  }
}

/**
 * The size and handle places Vue Flow would measure once a card is on screen, given up front.
 * Vue Flow counts a node it has not measured yet (size 0 × 0) as visible, so with 1000 jobs its
 * visible-only rendering mounted all 1000 cards once, measured them and unmounted most: seconds of
 * work on opening a file. Knowing the size, it renders only the cards in view, and an edge to a card
 * that was never on screen still starts at that card's handle. Vue Flow copies extra node fields onto
 * its own node state (parseNode is an Object.assign), so these land where its measurements would.
 */
function presetGeometry(id: string, direction: Direction) {
  const half = HANDLE_SIZE / 2
  const lr = direction === 'LR'
  const handle = (type: 'source' | 'target') => {
    const end = type === 'source'
    return {
      id: null,
      type,
      nodeId: id,
      position: lr ? (end ? Position.Right : Position.Left) : end ? Position.Bottom : Position.Top,
      x: lr ? (end ? NODE_WIDTH : 0) - half : NODE_WIDTH / 2 - half,
      y: lr ? NODE_HEIGHT / 2 - half : (end ? NODE_HEIGHT : 0) - half,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    }
  }
  return {
    dimensions: { width: NODE_WIDTH, height: NODE_HEIGHT },
    handleBounds: { source: [handle('source')], target: [handle('target')] },
  }
}

/**
 * Node objects from the previous build, reused when nothing shown on the card changed: Vue Flow
 * then skips re-rendering that card, so an edit to one job of 200 re-renders one card.
 */
export type NodeCache = Map<string, { key: string; node: Node<JobNodeData> }>

export function buildNodes(
  jobs: readonly JobModel[],
  positions: Positions,
  selected: ReadonlySet<string>,
  problems: ReadonlyMap<number, JobProblems>,
  direction: Direction,
  cache: NodeCache = new Map(),
  text = '',
): Node<JobNodeData>[] {
  const seen = new Set<string>()
  const nodes: Node<JobNodeData>[] = []
  for (const job of jobs) {
    // A duplicate id is a diagnostic; the canvas shows the first job with that id, as commands address it.
    if (job.id === undefined || seen.has(job.id)) continue
    seen.add(job.id)
    const position = positions[job.id]
    if (!position) continue
    const jobProblems = problems.get(job.index)
    const key = [
      text.slice(job.range.offset, job.range.offset + job.range.length),
      job.index,
      position.x,
      position.y,
      selected.has(job.id),
      direction,
      jobProblems ? jobProblems.messages.join('\n') + jobProblems.worst : '',
    ].join('\u0000')
    const hit = cache.get(job.id)
    if (text && hit?.key === key) {
      nodes.push(hit.node)
      continue
    }
    const node: Node<JobNodeData> = {
      id: nodeIdOf(job.id),
      type: 'job',
      position: { ...position },
      data: nodeData(job, jobProblems, direction),
      // Not in Vue Flow's input type, but copied onto its node state: the selection store is the truth.
      ...({
        selected: selected.has(job.id),
        ...presetGeometry(nodeIdOf(job.id), direction),
        // Vue Flow updates a node's computedPosition (used for visibility and edges) only while
        // its card is mounted: a card off screen would keep its old place after a re-layout.
        computedPosition: { ...position, z: selected.has(job.id) ? 1000 : 0 },
      } as object),
      sourcePosition: direction === 'LR' ? Position.Right : Position.Bottom,
      targetPosition: direction === 'LR' ? Position.Left : Position.Top,
    }
    cache.set(job.id, { key, node })
    nodes.push(node)
  }
  return nodes
}

export { edgeId, jobIdOf, missingEdgeId, nodeIdOf, type CycleEdgeData, type MissingEdgeData } from './edgeIds'
