import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { EditorState } from '@codemirror/state'
import { ensureSyntaxTree } from '@codemirror/language'
import { json } from '@codemirror/lang-json'
import { getLocation } from 'jsonc-parser'
import { locationAt, type JsonLocation } from './jsonLocation'

const example = readFileSync(new URL('../../../../../examples/etl_pipeline.json', import.meta.url), 'utf8')

/** An editor state with its syntax tree parsed to the end (the app's editor parses as it goes). */
function stateOf(text: string): EditorState {
  const state = EditorState.create({ doc: text, extensions: [json()] })
  ensureSyntaxTree(state, state.doc.length, 10_000)
  return state
}

const plain = (l: JsonLocation) => ({
  path: l.path,
  isAtPropertyKey: l.isAtPropertyKey,
  previousNode: l.previousNode && {
    type: l.previousNode.type,
    offset: l.previousNode.offset,
    length: l.previousNode.length,
    value: l.previousNode.value as unknown,
  },
})

/** Positions 0…`upTo` (the whole text by default) are located as getLocation locates them. */
function expectSameEverywhere(text: string, upTo = text.length) {
  const state = stateOf(text)
  for (let pos = 0; pos <= upTo; pos++)
    expect(plain(locationAt(state, pos)), `at ${pos} of ${JSON.stringify(text)}`).toEqual(
      plain(getLocation(text, pos)),
    )
}

/** A config whose settings come after its jobs, and a job with every kind of value. */
const config = JSON.stringify(
  {
    jobs: [
      { id: 'a', command: 'echo a', timeout: 60, enabled: true, env_variables: { X: '1' }, note: null },
      { id: 'b', dependencies: ['a'], pre_checks: [{ name: 'check_disk_space', params: { path: '/' } }] },
      {},
    ],
    application_name: 'demo',
    max_workers: 4,
  },
  null,
  2,
)

describe('locationAt tells the completion what getLocation would, reading only the job under the cursor', () => {
  test('at every position of a real config and of one with settings after the jobs', () => {
    expectSameEverywhere(example)
    expectSameEverywhere(config)
  })

  // Text that does not parse is read differently after the error (jsonc-parser and the editor's
  // parser recover in their own ways), never before it nor where the user is typing.
  test('while a key, a value or a literal is being typed inside a job (text that does not parse)', () => {
    const at = config.indexOf('"command"')
    for (const typed of [
      '"ti',
      '"timeout": tr',
      '"timeout": ',
      '"dependencies": ["a", "',
      '"x" "y',
      ', ,',
      '{"',
      '"retr',
    ])
      expectSameEverywhere(config.slice(0, at) + typed + config.slice(at), at + typed.length)
  })

  test('anywhere in random configs, up to random text typed into them', () => {
    const job = fc.record(
      {
        id: fc.string({ maxLength: 6 }),
        command: fc.string({ maxLength: 10 }),
        timeout: fc.integer(),
        dependencies: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
        env_variables: fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), {
          maxKeys: 2,
        }),
      },
      { requiredKeys: [] },
    )
    const doc = fc.record({
      jobs: fc.array(job, { maxLength: 4 }),
      application_name: fc.string({ maxLength: 5 }),
    })
    fc.assert(
      fc.property(
        doc,
        fc.boolean(),
        fc.nat(),
        fc.constantFrom('', '"', '"ab', ': ', ',', '{', '[', 'tru', '"k": "v'),
        (value, pretty, at, typed) => {
          const text0 = JSON.stringify(value, null, pretty ? 2 : undefined)
          const cut = at % (text0.length + 1)
          expectSameEverywhere(text0.slice(0, cut) + typed + text0.slice(cut), cut + typed.length)
        },
      ),
      { numRuns: 150 },
    )
  })

  test('where the syntax tree does not reach the cursor yet, the whole text is read', () => {
    const jobs = Array.from({ length: 400 }, (_, i) => ({ id: `job_${i}`, command: `run ${i}` }))
    const text = JSON.stringify({ jobs }, null, 2)
    // As right after opening: CodeMirror has parsed only the first few thousand characters.
    const state = EditorState.create({ doc: text, extensions: [json()] })
    expect(ensureSyntaxTree(state, text.length, 0)).toBeNull() // not parsed to the end yet
    const pos = text.indexOf('job_399') + 3
    expect(plain(locationAt(state, pos))).toEqual(plain(getLocation(text, pos)))
    expect(locationAt(state, pos).path).toEqual(['jobs', 399, 'id'])
  })
})
