/**
 * Side-by-side line diff for the conflict dialog: mine (left) vs on disk (right). A longest common
 * subsequence over lines after trimming the common head and tail; very large middles fall back to
 * "all changed" so the dialog stays responsive.
 */
export interface DiffCell {
  line: number
  text: string
}
export interface DiffRow {
  kind: 'same' | 'changed'
  left: DiffCell | null
  right: DiffCell | null
}

const MAX_CELLS = 4_000_000

type Op = { op: 'same' | 'del' | 'add'; a?: number; b?: number }

function lcsOps(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  if (n * m > MAX_CELLS)
    return [
      ...a.map((_, i) => ({ op: 'del' as const, a: i })),
      ...b.map((_, j) => ({ op: 'add' as const, b: j })),
    ]
  // lengths[i][j] = LCS of a[i..] and b[j..], flattened.
  const lengths = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[i * (m + 1) + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!)
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) ops.push({ op: 'same', a: i++, b: j++ })
    else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) ops.push({ op: 'del', a: i++ })
    else ops.push({ op: 'add', b: j++ })
  }
  while (i < n) ops.push({ op: 'del', a: i++ })
  while (j < m) ops.push({ op: 'add', b: j++ })
  return ops
}

export function lineDiff(mine: string, theirs: string): DiffRow[] {
  const a = mine.split('\n')
  const b = theirs.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const ops: Op[] = []
  for (let k = 0; k < head; k++) ops.push({ op: 'same', a: k, b: k })
  for (const op of lcsOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail)))
    ops.push({
      op: op.op,
      a: op.a === undefined ? undefined : op.a + head,
      b: op.b === undefined ? undefined : op.b + head,
    })
  for (let k = tail; k > 0; k--) ops.push({ op: 'same', a: a.length - k, b: b.length - k })

  const cell = (lines: string[], index: number | undefined): DiffCell | null =>
    index === undefined ? null : { line: index + 1, text: lines[index]! }
  const rows: DiffRow[] = []
  let dels: number[] = []
  let adds: number[] = []
  const flush = () => {
    // Pair a block of removed lines with the block of added lines that replaced it.
    for (let k = 0; k < Math.max(dels.length, adds.length); k++)
      rows.push({ kind: 'changed', left: cell(a, dels[k]), right: cell(b, adds[k]) })
    dels = []
    adds = []
  }
  for (const op of ops) {
    if (op.op === 'same') {
      flush()
      rows.push({ kind: 'same', left: cell(a, op.a), right: cell(b, op.b) })
    } else if (op.op === 'del') dels.push(op.a!)
    else adds.push(op.b!)
  }
  flush()
  return rows
}
