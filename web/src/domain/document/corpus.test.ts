/** Every engine sample config survives the document core byte for byte. */
import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { corpusAvailable, corpusFiles, corpusSkipReason, corpusText, lineDiff } from './document.testkit'
import { parseDocument } from './parse'
import { revert } from './textEdits'
import type { EditResult } from './types'

if (!corpusAvailable) console.warn('SKIPPED corpus round-trip tests: ' + corpusSkipReason)

const firstJobId = (text: string): string => parseDocument(text).model.jobs[0]?.id ?? 'missing'

const EDITS: [string, (text: string) => EditResult][] = [
  ['addJob', (t) => cmd.addJob(t, { command: 'echo new', dependencies: [firstJobId(t)] })],
  ['setEnvVar app', (t) => cmd.setEnvVar(t, 'app', 'STUDIO_TEST', 'yes')],
  ['setEnvVar job', (t) => cmd.setEnvVar(t, { jobId: firstJobId(t) }, 'STUDIO_TEST', 'yes')],
  ['duplicateJob', (t) => cmd.duplicateJob(t, firstJobId(t))],
  ['renameJob', (t) => cmd.renameJob(t, firstJobId(t), 'renamed_by_studio')],
  ['removeJobs', (t) => cmd.removeJobs(t, [firstJobId(t)])],
  ['addCheck', (t) => cmd.addCheck(t, firstJobId(t), 'post_checks', { name: 'check_disk_space' })],
  ['setValue app', (t) => cmd.setValue(t, ['default_timeout'], 60)],
  ['removeValue app', (t) => cmd.removeValue(t, ['working_dir'])],
]

describe.skipIf(!corpusAvailable)('engine corpus round trip', () => {
  it('finds the corpus', () => expect(corpusFiles().length).toBeGreaterThan(0))

  describe.each(corpusFiles())('%s', (file) => {
    const text = corpusText(file)

    it('parses to what JSON.parse gives, without syntax errors', () => {
      const doc = parseDocument(text)
      expect(doc.syntaxErrors).toEqual([])
      expect(doc.model.root).toStrictEqual(JSON.parse(text))
    })

    it('re-serialises through the model to identical bytes', () => {
      const root = parseDocument(text).model.root as Record<string, unknown>
      const whole = cmd.setValue(text, [], root)
      expect(whole.edits).toEqual([])
      expect(whole.text).toBe(text)
      for (const [key, value] of Object.entries(root))
        expect(cmd.setValue(text, [key], value).text).toBe(text)
    })

    it.each(EDITS)(
      '%s stays valid JSON, keeps the line style, and its inverse restores the bytes',
      (name, run) => {
        const jobs = (JSON.parse(text) as { jobs?: unknown }).jobs
        if (name === 'addJob' && jobs != null && !Array.isArray(jobs)) {
          // A `jobs` that holds something else is never replaced by a list (jobsShape.ts).
          expect(() => run(text)).toThrow(/not a list/)
          return
        }
        const result = run(text)
        expect(() => JSON.parse(result.text)).not.toThrow()
        expect(revert(result)).toBe(text)
        expect(result.text.endsWith('\n')).toBe(text.endsWith('\n'))
        // Added lines are indented with the file's own characters (these files use spaces).
        for (const line of lineDiff(text, result.text).filter((l) => l.startsWith('+'))) {
          expect(line).not.toMatch(/^\+\t/)
        }
      },
    )
  })
})
