/** Messages between the page and the layout worker (plain data: structured-cloneable). */
/**
 * 'auto': the wave placement on the page, at every size (opening a file, switching direction).
 * 'full': ELK's layered layout in the worker (the user asked for Auto-arrange and can wait).
 */
export type LayoutQuality = 'auto' | 'full'
/** Above this many jobs ELK takes seconds: it trades polish for time, and Auto-arrange says it will take a while. */
export const ELK_UP_TO = 300

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

/**
 * Size of a job card on the canvas (JobNode.vue is fixed to it), used by the layout, and given to
 * Vue Flow before a card is ever measured (see canvasGraph.ts, presetGeometry).
 */
export const NODE_WIDTH = 240
export const NODE_HEIGHT = 112
/** The connection handles are 10 × 10 px dots centred on the card's edges (style.css .job-handle). */
export const HANDLE_SIZE = 10

/**
 * Below this zoom a card is a few pixels tall: it shows only its id (JobNode.vue) and the edges are
 * drawn as one sketch beneath the cards instead of one Vue Flow edge each (edgeSketch.ts).
 */
export const TINY_ZOOM = 0.4
