import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Node as JsonNode } from 'jsonc-parser'
import { config } from './commandArbitraries.testkit'
import { parseDocument } from './parse'
import { toPointer } from './pointer'
import { reparseJob } from './reparseJob'
import { applyWithInverse } from './textEdits'
import type { ParsedDocument, TextEdit } from './types'

const edited = (text: string, edit: TextEdit) => applyWithInverse(text, [edit]).text

/** A tree as comparable data: every node's kind, place, value and children. */
function shape(node: JsonNode | undefined): unknown {
  if (!node) return null
  const { type, offset, length, colonOffset, value } = node
  return { type, offset, length, colonOffset, value, children: node.children?.map(shape) }
}

function pointersOf(node: JsonNode | undefined, path: (string | number)[] = [], out: string[] = []) {
  if (!node) return out
  out.push(toPointer(path))
  if (node.type === 'object')
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? []
      if (key && value) pointersOf(value, [...path, key.value as string], out)
    }
  if (node.type === 'array') node.children?.forEach((child, i) => pointersOf(child, [...path, i], out))
  return out
}

/** The incremental parse answers every question exactly as a full parse of the same text. */
function expectSameAsFullParse(quick: ParsedDocument) {
  const full = parseDocument(quick.text)
  expect(quick.syntaxErrors).toEqual(full.syntaxErrors)
  expect(quick.model).toStrictEqual(full.model)
  expect(Object.keys(quick.model.root as object)).toEqual(Object.keys(full.model.root as object))
  for (let at = 0; at <= quick.text.length; at++)
    expect(quick.pointerAt(at), `offset ${at}`).toBe(full.pointerAt(at))
  for (const pointer of pointersOf(full.tree)) {
    expect(quick.rangeOf(pointer), pointer).toEqual(full.rangeOf(pointer))
    expect(quick.keyRangeOf(pointer), pointer).toEqual(full.keyRangeOf(pointer))
  }
  expect(shape(quick.tree)).toEqual(shape(full.tree))
}

const SAMPLE = JSON.stringify(
  {
    application_name: 'nightly',
    jobs: [
      { id: 'extract', command: 'run extract' },
      { id: 'load', command: 'run load', dependencies: ['extract'], env_variables: { A: '1' } },
      { id: 'report', command: 'run report', dependencies: ['load', 'extract'] },
    ],
    default_timeout: 60,
  },
  null,
  2,
)
/** The edit that types `content` just before the closing quote of the id `id`. */
function typeIntoId(text: string, id: string, content: string): TextEdit {
  return { offset: text.indexOf(`"id": "${id}"`) + `"id": "${id}`.length, length: 0, content }
}

describe('reparseJob', () => {
  it('re-parses only the edited job when an id is typed, and agrees with a full parse', () => {
    const prev = parseDocument(SAMPLE)
    const edit = typeIntoId(SAMPLE, 'load', 'z')
    const quick = reparseJob(prev, edit, edited(SAMPLE, edit))
    expect(quick).not.toBeNull()
    expect(quick!.model.jobs[1]!.id).toBe('loadz')
    // report depends on "load", which no longer exists: its edge from load is gone.
    expect(quick!.model.edges).toEqual([
      { from: 'extract', to: 'loadz' },
      { from: 'extract', to: 'report' },
    ])
    expectSameAsFullParse(quick!)
  })

  it('keeps the models of the jobs before the edit and the values of all other jobs', () => {
    const prev = parseDocument(SAMPLE)
    const edit = typeIntoId(SAMPLE, 'load', 'z')
    const quick = reparseJob(prev, edit, edited(SAMPLE, edit))!
    expect(quick.model.jobs[0]).toBe(prev.model.jobs[0])
    expect(quick.model.jobs[2]!.raw).toBe(prev.model.jobs[2]!.raw)
    expect(quick.model.jobs[2]!.range.offset).toBe(prev.model.jobs[2]!.range.offset + 1)
    expect(quick.model.app).toBe(prev.model.app)
  })

  it('chains: a parse made incrementally is the start of the next one', () => {
    let doc = parseDocument(SAMPLE)
    for (const content of ['x', 'y', '_1']) {
      const edit = typeIntoId(doc.text, doc.model.jobs[0]!.id!, content)
      doc = reparseJob(doc, edit, edited(doc.text, edit))!
      expect(doc).not.toBeNull()
    }
    expect(doc.model.jobs[0]!.id).toBe('extractxy_1')
    expectSameAsFullParse(doc)
  })

  it.each([
    ['leaves the job invalid', (t: string) => typeIntoId(t, 'load', '"')],
    ['splits the job in two', (t: string) => typeIntoId(t, 'load', '"}, {"id": "new')],
    ['is outside the jobs', (t: string) => ({ offset: t.indexOf('nightly'), length: 0, content: 'x' })],
    ['deletes a job’s closing brace', (t: string) => ({ offset: t.indexOf('}'), length: 1, content: '' })],
    [
      'spans two jobs',
      (t: string) => ({
        offset: t.indexOf('run extract'),
        length: t.indexOf('run load') - t.indexOf('run extract'),
        content: '',
      }),
    ],
  ])('gives up (the whole text is parsed) when the edit %s', (_why, editOf) => {
    const edit = editOf(SAMPLE)
    expect(reparseJob(parseDocument(SAMPLE), edit, edited(SAMPLE, edit))).toBeNull()
  })

  it('gives up when the previous text was broken or has two "jobs" keys', () => {
    const broken = SAMPLE.replace('"run report"', '"run report')
    const edit = typeIntoId(broken, 'load', 'z')
    expect(reparseJob(parseDocument(broken), edit, edited(broken, edit))).toBeNull()
    const twice = `{"jobs": [{"id": "a"}], "jobs": [{"id": "b"}]}`
    const edit2 = typeIntoId(twice, 'a', 'z')
    expect(reparseJob(parseDocument(twice), edit2, edited(twice, edit2))).toBeNull()
  })

  it('agrees with a full parse for any edit inside a job of any config (or gives up)', () => {
    const alphabet = fc.constantFrom(
      'a',
      'Z',
      '0',
      '"',
      '\\',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ' ',
      '\n',
      'ü',
      '/',
    )
    fc.assert(
      fc.property(
        config,
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.array(alphabet, { maxLength: 4 }),
        (value, pretty, pick, at, cut, chars) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined)
          const prev = parseDocument(text)
          const jobs = prev.model.jobs
          if (jobs.length === 0) return
          const { offset, length } = jobs[pick % jobs.length]!.range
          const from = offset + (at % (length + 1))
          const edit = { offset: from, length: cut % (offset + length + 1 - from), content: chars.join('') }
          const quick = reparseJob(prev, edit, edited(text, edit))
          if (quick) expectSameAsFullParse(quick)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('always re-parses incrementally when a letter is typed inside a string of a job', () => {
    let incremental = 0
    fc.assert(
      fc.property(
        config,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('q', 'Q', '7', ' '),
        (value, pick, at, letter) => {
          const text = JSON.stringify(value, null, 2)
          const prev = parseDocument(text)
          const strings: JsonNode[] = []
          const collect = (node: JsonNode) => {
            if (node.type === 'string') strings.push(node)
            node.children?.forEach(collect)
          }
          const jobsArray = prev.tree?.children?.find((p) => p.children?.[0]?.value === 'jobs')?.children?.[1]
          jobsArray?.children?.forEach(collect)
          if (strings.length === 0) return
          const node = strings[pick % strings.length]!
          // Between the quotes of a string without escape sequences (typing into `\u0000` breaks it).
          if (text.slice(node.offset, node.offset + node.length).includes('\\')) return
          const inside = node.offset + 1 + (at % (node.length - 1))
          const edit = { offset: inside, length: 0, content: letter }
          const quick = reparseJob(prev, edit, edited(text, edit))
          expect(quick).not.toBeNull()
          expectSameAsFullParse(quick!)
          incremental++
        },
      ),
      { numRuns: 150 },
    )
    expect(incremental).toBeGreaterThan(50)
  })
})
