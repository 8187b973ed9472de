/**
 * ELK layered layout off the main thread (it takes seconds at 1000 jobs); the options live in
 * elkLayout.ts, shared with the command line. Big graphs are placed by waves on the page instead
 * unless the user asks for Auto-arrange (autoLayout.ts).
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import { elkPositions } from './elkLayout'
import type { LayoutRequest, LayoutResponse } from './layoutTypes'

const elk = new ELK()

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { seq, direction, nodes, edges } = event.data
  try {
    const positions = await elkPositions(elk, nodes, edges, direction)
    self.postMessage({ seq, positions } satisfies LayoutResponse)
  } catch (error) {
    self.postMessage({ seq, error: String(error) } satisfies LayoutResponse)
  }
}
