/** The ids of the canvas's cards and edges, from job ids (and back). */

/**
 * Vue Flow treats an empty node id as "no node" (and throws reading its state), yet the engine
 * accepts "" as a job id: such a job's node gets this stand-in id. Ids a user can type never
 * start with U+2063 (invisible separator), so it cannot clash with a real job.
 */
const EMPTY_ID_NODE = '\u2063empty-id'
export const nodeIdOf = (jobId: string) => (jobId === '' ? EMPTY_ID_NODE : jobId)
export const jobIdOf = (nodeId: string) => (nodeId === EMPTY_ID_NODE ? '' : nodeId)

export function edgeId(from: string, to: string) {
  return `${nodeIdOf(from)}\u2192${nodeIdOf(to)}`
}
/** The stub of a dependency on a job that does not exist (U+2063 keeps it apart from real edge ids). */
export function missingEdgeId(missing: string, to: string) {
  return `\u2063missing:${missing}\u2192${nodeIdOf(to)}`
}
/** What JobEdge reads from an edge on a dependency cycle: drawn around the cards when it runs back. */
export interface CycleEdgeData {
  cycle: true
}
/** What JobEdge reads from a missing dependency's stub. */
export interface MissingEdgeData {
  missing: string
}
