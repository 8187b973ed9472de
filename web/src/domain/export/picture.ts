/**
 * The whole graph as one SVG picture, drawn like the canvas: a card per job (id, description, first
 * command line, badges) at its layout position and a smooth-step edge with an arrowhead per
 * dependency. Plain strings, no DOM: the app and the command line draw the same picture.
 */
import type { ExportGraph, ExportJob } from './exportGraph'
import type { PositionMap } from './placement'
import { smoothStepPath, type Point } from './smoothStep'
import { fitText, textWidth, type FontSpec } from './textFit'
import { xmlEscape } from './xml'

/** The canvas card's size (features/canvas/layoutTypes.ts; picture.test.ts keeps them equal). */
export const CARD_WIDTH = 240
export const CARD_HEIGHT = 112
const MARGIN = 32
const PAD = 12

export type Theme = 'light' | 'dark'

/** Tailwind's slate palette, as the canvas uses it in each theme. */
const COLOURS = {
  light: {
    background: '#f8fafc',
    card: '#ffffff',
    border: '#e2e8f0',
    id: '#0f172a',
    description: '#64748b',
    commandBg: '#f1f5f9',
    command: '#475569',
    badgeBg: '#f1f5f9',
    badge: '#475569',
    edge: '#94a3b8',
  },
  dark: {
    background: '#020617',
    card: '#0f172a',
    border: '#334155',
    id: '#f1f5f9',
    description: '#94a3b8',
    commandBg: '#1e293b',
    command: '#cbd5e1',
    badgeBg: '#1e293b',
    badge: '#cbd5e1',
    edge: '#64748b',
  },
} satisfies Record<Theme, Record<string, string>>

const SANS = "Inter, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
export const MONO_FONTS =
  "ui-monospace, 'SFMono-Regular', Menlo, 'Liberation Mono', 'DejaVu Sans Mono', monospace"
const ID_FONT: FontSpec = { size: 13, bold: true }
const DESCRIPTION_FONT: FontSpec = { size: 12 }
const COMMAND_FONT: FontSpec = { size: 11, mono: true }
const BADGE_FONT: FontSpec = { size: 10 }

export interface PictureOptions {
  positions: PositionMap
  direction: 'LR' | 'TB'
  theme: Theme
  /** Said by screen readers and shown as the file's title. */
  title?: string
}

export interface Picture {
  svg: string
  /** Size of the drawing in px (the graph's bounding box plus a margin). */
  width: number
  height: number
}

const r = (n: number) => Math.round(n * 100) / 100

function card(job: ExportJob, at: Point, c: (typeof COLOURS)[Theme]): string {
  const inner = CARD_WIDTH - 2 * PAD
  // A little room to spare: fonts wider than Inter (DejaVu Sans in the CLI's PNG) still fit.
  const id = fitText(job.id || '(empty id)', inner - 6, ID_FONT)
  const description = fitText(job.description || 'No description', inner - 6, DESCRIPTION_FONT)
  const command = fitText(job.commandLine || '—', inner - 12, COMMAND_FONT)
  const parts = [
    `<g class="job" data-id="${xmlEscape(job.id)}" transform="translate(${r(at.x)},${r(at.y)})">`,
    `<title>${xmlEscape(job.id)}</title>`,
    `<rect class="card" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" rx="8" fill="${c.card}" stroke="${c.border}"/>`,
    `<text x="${PAD}" y="25" font-size="13" font-weight="600" fill="${c.id}">${xmlEscape(id)}</text>`,
    `<text x="${PAD}" y="44" font-size="12" fill="${c.description}">${xmlEscape(description)}</text>`,
    `<rect x="${PAD}" y="52" width="${inner}" height="20" rx="4" fill="${c.commandBg}"/>`,
    `<text x="${PAD + 6}" y="66" font-family="${MONO_FONTS}" font-size="11" fill="${c.command}">${xmlEscape(command)}</text>`,
  ]
  let x = PAD
  for (const badge of job.badges) {
    const w = Math.ceil(textWidth(badge, BADGE_FONT)) + 12
    if (x + w > CARD_WIDTH - PAD) break
    parts.push(
      `<rect x="${x}" y="82" width="${w}" height="18" rx="4" fill="${c.badgeBg}"/>`,
      `<text x="${x + 6}" y="95" font-size="10" fill="${c.badge}">${xmlEscape(badge)}</text>`,
    )
    x += w + 4
  }
  parts.push('</g>')
  return parts.join('')
}

export function graphSvg(graph: ExportGraph, options: PictureOptions): Picture {
  const c = COLOURS[options.theme]
  const horizontal = options.direction === 'LR'
  const placed = graph.jobs.map((job) => ({ job, at: options.positions[job.id] ?? { x: 0, y: 0 } }))
  const xs = placed.map((p) => p.at.x)
  const ys = placed.map((p) => p.at.y)
  const left = placed.length ? Math.min(...xs) : 0
  const top = placed.length ? Math.min(...ys) : 0
  const right = placed.length ? Math.max(...xs) + CARD_WIDTH : 0
  const bottom = placed.length ? Math.max(...ys) + CARD_HEIGHT : 0
  const shift = (p: Point): Point => ({ x: p.x - left + MARGIN, y: p.y - top + MARGIN })
  const width = Math.ceil(right - left + 2 * MARGIN)
  const height = Math.ceil(bottom - top + 2 * MARGIN)

  const at = new Map(placed.map((p) => [p.job.id, shift(p.at)]))
  const handle = (id: string, end: 'source' | 'target'): Point => {
    const box = at.get(id)!
    if (horizontal) return { x: box.x + (end === 'source' ? CARD_WIDTH : 0), y: box.y + CARD_HEIGHT / 2 }
    return { x: box.x + CARD_WIDTH / 2, y: box.y + (end === 'source' ? CARD_HEIGHT : 0) }
  }
  const edges = graph.edges
    .filter((e) => at.has(e.from) && at.has(e.to))
    .map(
      (e) =>
        `<path class="dependency" data-from="${xmlEscape(e.from)}" data-to="${xmlEscape(e.to)}" d="${smoothStepPath(
          handle(e.from, 'source'),
          handle(e.to, 'target'),
          horizontal,
        )}" marker-end="url(#arrow)"/>`,
    )
  const title = options.title ? `<title>${xmlEscape(options.title)}</title>` : ''
  // The arrowhead uses orient="auto", not SVG 2's "auto-start-reverse": resvg (the CLI's PNG) ignores that.
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SANS}" role="img">`,
    title,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="strokeWidth" orient="auto"><path d="M0,1 L9,5 L0,9 z" fill="${c.edge}"/></marker></defs>`,
    `<rect class="background" width="100%" height="100%" fill="${c.background}"/>`,
    `<g class="dependencies" fill="none" stroke="${c.edge}" stroke-width="1.5">${edges.join('')}</g>`,
    `<g class="jobs">${placed.map((p) => card(p.job, at.get(p.job.id)!, c)).join('')}</g>`,
    '</svg>',
  ].join('\n')
  return { svg: svg + '\n', width, height }
}
