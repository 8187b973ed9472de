/** lint and plan on every engine sample: lint fails exactly the files the engine refuses. */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { corpusAvailable, corpusFiles, corpusSkipReason } from '../src/domain/document/document.testkit'
import { run } from './main'

const SHARED = fileURLToPath(new URL('../../../shared/executioner/', import.meta.url))
const verdicts: Record<string, { accepted: boolean }> =
  corpusAvailable && existsSync(SHARED + 'verdicts.json')
    ? JSON.parse(readFileSync(SHARED + 'verdicts.json', 'utf8'))
    : {}
const files = corpusFiles().filter((f) => verdicts[f])
const title = corpusAvailable
  ? 'CLI on the engine corpus'
  : `CLI on the engine corpus: SKIPPED, ${corpusSkipReason}`

describe.skipIf(files.length === 0)(title, () => {
  it('lint fails exactly the files the engine refuses, and exits 1 for the set', () => {
    const result = run(['lint', '--json', ...files.map((f) => SHARED + 'configs/' + f)], false)
    const report = JSON.parse(result.stdout) as { files: { file: string; failed: boolean }[] }
    const failed = report.files.filter((r) => r.failed).map((r) => r.file.split('/').pop())
    expect(failed).toEqual(files.filter((f) => !verdicts[f]!.accepted))
    expect(result.code).toBe(1)
  })

  it.each(files)('plan %s', (file) => {
    const result = run(['plan', SHARED + 'configs/' + file], false)
    const hasJobs = Array.isArray(
      (JSON.parse(readFileSync(SHARED + 'configs/' + file, 'utf8')) as { jobs?: unknown }).jobs,
    )
    expect(result.code).toBe(hasJobs ? 0 : 1)
    if (hasJobs) expect(result.stdout).toMatch(/Execution mode: (SEQUENTIAL|PARALLEL with \d+ workers)/)
  })
})
