import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { diagnose } from '@/domain/diagnostics'
import { fileNameFor, newConfigText } from './newConfig'

describe('newConfigText', () => {
  it('has exactly the keys the user gave plus the required jobs array', () => {
    expect(JSON.parse(newConfigText('nightly', '/opt/n'))).toEqual({
      application_name: 'nightly',
      working_dir: '/opt/n',
      jobs: [],
    })
  })
  it('leaves out an empty application name instead of writing ""', () => {
    expect(Object.keys(JSON.parse(newConfigText('  ', '/opt/n')))).toEqual(['working_dir', 'jobs'])
  })
  it('is a config the engine accepts (no error diagnostics)', () => {
    const doc = parseDocument(newConfigText('nightly', '/opt/n'))
    expect(diagnose(doc, { fileName: 'nightly.json' }).filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('fileNameFor', () => {
  it('turns the application name into a safe .json file name', () => {
    expect(fileNameFor('nightly_etl')).toBe('nightly_etl.json')
    expect(fileNameFor('Nightly ETL / prod')).toBe('Nightly-ETL-prod.json')
    expect(fileNameFor('')).toBe('untitled.json')
  })
})
