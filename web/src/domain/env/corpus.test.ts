/** Effective environments of the engine's interpolation sample (ENGINE.md §10: test_circular runs with literals). */
import { describe, expect, it } from 'vitest'
import { corpusAvailable, corpusFiles, corpusSkipReason, corpusText } from '../document/document.testkit'
import { parseDocument } from '../document/parse'
import { applicationEnvironment, jobEnvironment } from './resolve'

const FILE = 'test_env_interpolation.json'
const present = corpusAvailable && corpusFiles().includes(FILE)

describe.skipIf(!present)(present ? `environments of ${FILE}` : `SKIPPED: ${corpusSkipReason}`, () => {
  it('resolves the Oracle paths through app and job layers and leaves the circular pair literal', () => {
    const { model } = parseDocument(corpusText(FILE))
    const app = applicationEnvironment(model.app)
    const env = (index: number) =>
      Object.fromEntries(jobEnvironment(app, model.jobs[index]!.raw).variables.map((v) => [v.name, v]))
    expect(env(0).ORACLE_HOME).toMatchObject({ layer: 'job', value: '/opt/oracle/database/dbhome_19c' })
    expect(env(1).ORACLE_BASE).toMatchObject({ layer: 'application', afterLoad: '/opt/oracle/database' })
    expect(env(2).VAR1).toMatchObject({ value: '${VAR2}', circular: true })
    expect(env(2).VAR2).toMatchObject({ value: '${VAR1}', circular: true })
    expect(app.inheritance.mode).toBe('all')
  })
})
