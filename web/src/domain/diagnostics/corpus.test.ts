/**
 * Agreement with the engine on its own sample configs: has-errors ⇔ the engine rejects the file
 * (verdicts.json `accepted`), and the engine's first message matches one of our error codes.
 * The verdicts were measured with working_dir pointed at an existing directory (a missing one was
 * left missing), so the files are diagnosed as they are: absolute paths pass here too.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import type { Code } from './codes'
import { corpusAvailable, corpusFiles, corpusSkipReason, corpusText, verdicts } from './corpus.testkit'

/** Engine message → the codes that stand for it. */
const ENGINE_MESSAGES: [RegExp, Code[]][] = [
  [/Invalid JSON/, ['json-syntax']],
  [/missing required 'working_dir' field/, ['working-dir-missing', 'root-not-object']],
  [/Cannot change to working directory|working_dir must be/, ['working-dir-type', 'working-dir-missing']],
  [/missing required 'jobs' list or 'jobs' is not a list/, ['jobs-missing', 'jobs-not-array']],
  [
    /Application env_variables|has invalid env_variables|env_variables:/,
    ['env-not-object', 'env-name-invalid', 'env-value-nul', 'env-value-too-long'],
  ],
  [/inherit_shell_env/, ['inherit-shell-env-invalid']],
  [/Duplicate job IDs/, ['job-id-duplicate']],
  [/is not a dictionary/, ['job-not-object']],
  [/missing or has invalid 'id'/, ['job-id-missing', 'job-id-type']],
  [/missing or has invalid 'command'/, ['job-command-missing', 'job-command-type']],
  [/has invalid dependencies/, ['dependencies-not-array']],
  [/Circular dependency detected/, ['dependency-cycle']],
  [/which doesn't exist|references dependencies that don't exist/, ['dependency-unknown']],
]

function codesFor(message: string): Code[] | undefined {
  return ENGINE_MESSAGES.find(([pattern]) => pattern.test(message))?.[1]
}

describe.skipIf(!corpusAvailable)('engine corpus agreement', () => {
  const v = corpusAvailable ? verdicts() : {}
  const files = corpusFiles()

  it('has a verdict for every corpus file', () => {
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(v[file], file).toBeDefined()
  })

  it.each(files)('%s: errors ⇔ the engine refuses it, with the same first reason', (file) => {
    const verdict = v[file]!
    const diagnostics = diagnose(parseDocument(corpusText(file)), { fileName: file })
    const errors = diagnostics.filter((d) => d.severity === 'error')
    expect(errors.length > 0, `${file}: ${JSON.stringify(errors.map((e) => e.message))}`).toBe(
      !verdict.accepted,
    )
    if (!verdict.accepted) {
      const first = verdict.messages[0]!
      const expected = codesFor(first)
      expect(expected, `no code mapped for engine message "${first}"`).toBeDefined()
      expect(errors.map((e) => e.code)).toEqual(expect.arrayContaining([expect.toBeOneOf(expected!)]))
    }
  })
})

if (!corpusAvailable) {
  describe('engine corpus agreement', () => {
    it.skip(corpusSkipReason, () => {})
  })
}
