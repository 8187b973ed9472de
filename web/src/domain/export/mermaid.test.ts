import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { exportGraph } from './exportGraph'
import { MERMAID_MAX_EDGES, mermaidLabel, toMermaid } from './mermaid'

const graphOf = (jobs: unknown[]) =>
  exportGraph(parseDocument(JSON.stringify({ working_dir: '/', jobs })).model)

describe('mermaidLabel', () => {
  it('writes the characters that would end or change a quoted label as entity codes', () => {
    expect(mermaidLabel('say "hi"')).toBe('say #quot;hi#quot;')
    expect(mermaidLabel('<b>&</b>')).toBe('#lt;b#gt;#amp;#lt;/b#gt;')
    expect(mermaidLabel('a#quot;b')).toBe('a#35;quot;b') // a literal entity stays literal
    expect(mermaidLabel('`md`')).toBe('#96;md#96;')
  })
  it('keeps unicode, spaces, dashes and keywords as they are, and flattens line breaks', () => {
    for (const id of ['données été', 'x-ray', 'end', 'graph', '日本']) expect(mermaidLabel(id)).toBe(id)
    expect(mermaidLabel('two\nlines')).toBe('two lines')
    expect(mermaidLabel('')).toBe('(empty id)')
  })
})

describe('toMermaid', () => {
  it('gives every job a generated node id, its real id as label, and one arrow per dependency', () => {
    const text = toMermaid(
      graphOf([
        { id: 'end', command: 'x' },
        { id: 'load data', command: 'x', dependencies: ['end'] },
        { id: 'o-ring', command: 'x', dependencies: ['end', 'load data'] },
      ]),
      { direction: 'TB' },
    )
    expect(text).toBe(
      [
        'flowchart TB',
        '  j0["end"]',
        '  j1["load data"]',
        '  j2["o-ring"]',
        '  j0 --> j1',
        '  j0 --> j2',
        '  j1 --> j2',
        '',
      ].join('\n'),
    )
  })
  it('leaves out dependencies on jobs that do not exist, and says when GitHub will not render it', () => {
    const small = toMermaid(graphOf([{ id: 'a', command: 'x', dependencies: ['ghost'] }]), {
      direction: 'LR',
    })
    expect(small).not.toContain('-->')
    const jobs = Array.from({ length: MERMAID_MAX_EDGES + 2 }, (_, i) => ({
      id: `j${i}`,
      command: 'x',
      ...(i ? { dependencies: [`j${i - 1}`] } : {}),
    }))
    const big = toMermaid(graphOf(jobs), { direction: 'LR' })
    expect(big.split('\n')[0]).toMatch(/^%% .*more than GitHub\/GitLab render/)
    expect(big.match(/-->/g)).toHaveLength(MERMAID_MAX_EDGES + 1)
  })
})
