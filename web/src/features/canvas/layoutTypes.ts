/** Messages between the page and the layout worker (plain data: structured-cloneable). */
export interface LayoutRequest {
  seq: number
  direction: 'LR' | 'TB'
  nodes: { id: string; width: number; height: number }[]
  edges: { from: string; to: string }[]
}
export interface LayoutResponse {
  seq: number
  positions?: Record<string, { x: number; y: number }>
  error?: string
}

/** Size of a job card on the canvas (JobNode.vue keeps to it), used by the layout. */
export const NODE_WIDTH = 240
export const NODE_HEIGHT = 104
