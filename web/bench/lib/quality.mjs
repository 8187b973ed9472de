// Layout quality figures (crossings, cards passed behind, edge length) of a laid-out config, with the
// app's own measure (src/features/canvas/layoutQuality.ts, loaded through tsx: no build step).
import { tsImport } from 'tsx/esm/api'

const CARD = { width: 240, height: 112 }
let loaded = null
const load = () => (loaded ??= tsImport('../../src/features/canvas/layoutQuality.ts', import.meta.url))

/** The dependencies of a config's text, as edges between job ids. */
export function edgesOf(text) {
  return JSON.parse(text).jobs.flatMap((j) => (j.dependencies ?? []).map((d) => ({ from: d, to: j.id })))
}

/** Figures for positions (top-left corners by job id) of the config `text`, laid out left to right. */
export async function layoutFigures(positions, text, direction = 'LR') {
  const { layoutQuality } = await load()
  return layoutQuality({ positions, edges: edgesOf(text), direction, ...CARD })
}

let elkLoaded = null
/** Figures of ELK's layered layout (the app's Auto-arrange, same options) for the same config, in Node. */
export async function elkFigures(text) {
  elkLoaded ??= Promise.all([
    import('elkjs/lib/elk.bundled.js'),
    tsImport('../../src/features/canvas/elkLayout.ts', import.meta.url),
  ])
  const [{ default: ELK }, { elkPositions }] = await elkLoaded
  const nodes = JSON.parse(text).jobs.map((j) => ({ id: j.id, ...CARD }))
  const started = performance.now()
  const positions = await elkPositions(new ELK(), nodes, edgesOf(text), 'LR')
  return { ...(await layoutFigures(positions, text)), ms: Math.round(performance.now() - started) }
}

/** One line per compared config: the layout the app opens with against ELK's. */
export function comparisonLines(comparisons) {
  const k = (v) => `${Math.round(v / 1000)}k`
  return comparisons.map(
    ({ shape, size, opened, elk }) =>
      `- layout quality, ${shape} ${size} (${opened.edges} edges): the app opens with ${opened.crossings} crossings, ` +
      `${k(opened.edgeLength)} px of edges, ${opened.behindCards} cards behind edges; ELK (Auto-arrange): ` +
      `${elk.crossings} crossings, ${k(elk.edgeLength)} px, ${elk.behindCards} cards behind edges (${elk.ms} ms in Node)`,
  )
}
