/**
 * The DAG as a Mermaid `flowchart`, for READMEs and merge requests (GitHub and GitLab render it).
 * Job ids are free text in executioner (spaces, quotes, `end`, unicode…) but Mermaid node ids are
 * not, and words like `end` or a leading `o`/`x` after an arrow change the meaning of a line. So
 * every node gets a generated id (`j0`, `j1`… in job order) and the real id is its quoted label,
 * with the characters Mermaid would interpret written as entity codes (`#quot;`, `#35;`…).
 */
import type { ExportGraph } from './exportGraph'

/**
 * Characters that end or change a quoted label, written as Mermaid entity codes. `#` comes first
 * among them: a literal `#quot;` in an id must not turn into a quote.
 */
const ENTITY: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  '\\': '#92;',
}

export function mermaidLabel(text: string): string {
  // Line breaks and other control characters would end the statement: they become spaces.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
  const escaped = flat.replace(/[#"<>&`\\]/g, (c) => ENTITY[c]!)
  // An empty or blank label would show nothing: say what it is, as the canvas does.
  return escaped.trim() === '' ? (text === '' ? '(empty id)' : '#160;') : escaped
}

export interface MermaidOptions {
  direction: 'LR' | 'TB'
}

/** Mermaid's defaults: GitHub and GitLab refuse bigger diagrams ("Maximum text size/edges exceeded"). */
export const MERMAID_MAX_EDGES = 500
export const MERMAID_MAX_TEXT = 50_000

export function toMermaid(graph: ExportGraph, options: MermaidOptions): string {
  const nodeId = new Map(graph.jobs.map((job, i) => [job.id, `j${i}`]))
  const lines = [`flowchart ${options.direction}`]
  for (const job of graph.jobs) lines.push(`  ${nodeId.get(job.id)}["${mermaidLabel(job.id)}"]`)
  for (const e of graph.edges) {
    const from = nodeId.get(e.from)
    const to = nodeId.get(e.to)
    if (from && to) lines.push(`  ${from} --> ${to}`)
  }
  let text = lines.join('\n') + '\n'
  if (graph.edges.length > MERMAID_MAX_EDGES || text.length > MERMAID_MAX_TEXT) {
    // A comment, not an error: the text is still right, and a local renderer can raise its limits.
    text =
      `%% ${graph.jobs.length} jobs, ${graph.edges.length} dependencies: more than GitHub/GitLab render ` +
      `(Mermaid's defaults: ${MERMAID_MAX_EDGES} edges, ${MERMAID_MAX_TEXT} characters)\n` +
      text
  }
  return text
}
