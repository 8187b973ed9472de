/**
 * Text that fits a card without a DOM to measure it: widths estimated from per-character classes of
 * a proportional sans-serif (Inter, Helvetica, DejaVu Sans are all within ~10 % of these) or a
 * monospace font, cut with an ellipsis. Overestimates slightly so text never runs out of its box.
 */
const NARROW = new Set("iljtfrI.,:;|!'`()[]{} ")
const WIDE = new Set('mwMW@%')

function charEm(ch: string, mono: boolean): number {
  const code = ch.codePointAt(0)!
  if (code >= 0x2e80) return 1 // CJK and emoji: a full em
  if (mono) return 0.6
  if (NARROW.has(ch)) return 0.34
  if (WIDE.has(ch)) return 0.9
  if (ch >= 'A' && ch <= 'Z') return 0.7
  return 0.58
}

export interface FontSpec {
  size: number
  mono?: boolean
  bold?: boolean
}

export function textWidth(text: string, font: FontSpec): number {
  let em = 0
  for (const ch of text) em += charEm(ch, font.mono ?? false)
  return em * font.size * (font.bold ? 1.06 : 1)
}

/** `text` cut to `maxWidth` px with a trailing ellipsis when it does not fit. */
export function fitText(text: string, maxWidth: number, font: FontSpec): string {
  if (textWidth(text, font) <= maxWidth) return text
  const room = maxWidth - textWidth('…', font)
  let used = 0
  let out = ''
  for (const ch of text) {
    const w = charEm(ch, font.mono ?? false) * font.size * (font.bold ? 1.06 : 1)
    if (used + w > room) break
    used += w
    out += ch
  }
  return out.trimEnd() + '…'
}
