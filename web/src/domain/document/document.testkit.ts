/**
 * Test helpers for the document core: the engine's sample configs from `../shared` (tests skip with a
 * clear message when absent), the file styles commands must preserve, and a line diff to assert on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const CONFIGS = fileURLToPath(new URL('../../../../../shared/executioner/configs/', import.meta.url))

export const corpusAvailable = existsSync(CONFIGS)
export const corpusSkipReason = `engine corpus not found at ${CONFIGS} (../shared/executioner is not present)`

export function corpusFiles(): string[] {
  return corpusAvailable
    ? readdirSync(CONFIGS)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : []
}

export function corpusText(file: string): string {
  return readFileSync(CONFIGS + file, 'utf8')
}

export interface FileStyleCase {
  name: string
  render(value: unknown): string
}

/** The styles a user's file may have; each renders a value exactly as such a file would hold it. */
export const STYLES: FileStyleCase[] = [
  { name: '2 spaces', render: (v) => JSON.stringify(v, null, 2) + '\n' },
  { name: '4 spaces, no final newline', render: (v) => JSON.stringify(v, null, 4) },
  { name: 'tabs', render: (v) => JSON.stringify(v, null, '\t') + '\n' },
  { name: 'minified', render: (v) => JSON.stringify(v) },
  { name: 'CRLF', render: (v) => JSON.stringify(v, null, 2).replace(/\n/g, '\r\n') + '\r\n' },
]

/**
 * Lines removed (`-`) and added (`+`) between two texts, by longest common subsequence of lines.
 * Line endings are kept visible as `\r` so a CRLF file that gained a bare LF line would show.
 */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const out: string[] = []
  let i = 0
  let j = 0
  const show = (line: string): string => line.replace(/\r$/, '\\r')
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1]
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      out.push('-' + show(a[i++]!))
    else out.push('+' + show(b[j++]!))
  }
  return out
}

/**
 * A hand-edited-looking rendering: each container independently on one line or one item per line
 * (decided by `coin`), with the given indentation step and line ending.
 */
export function renderMixed(value: unknown, coin: () => boolean, unit: string, eol: string): string {
  const write = (v: unknown, indent: string, oneLine: boolean): string => {
    if (typeof v !== 'object' || v === null) return JSON.stringify(v)
    const entries: [string | null, unknown][] = Array.isArray(v)
      ? v.map((item) => [null, item])
      : Object.entries(v as Record<string, unknown>)
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}']
    if (entries.length === 0) return open + close
    const inline = oneLine || coin()
    const inner = indent + unit
    const items = entries.map(
      ([k, item]) => (k === null ? '' : JSON.stringify(k) + ': ') + write(item, inner, inline),
    )
    if (inline) return open + items.join(', ') + close
    return open + eol + items.map((item) => inner + item).join(',' + eol) + eol + indent + close
  }
  return write(value, '', false)
}
