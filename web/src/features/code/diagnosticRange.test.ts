import { describe, expect, it } from 'vitest'
import { parseDocument } from '@/domain/document/parse'
import { diagnosticRange, syntaxRange } from './diagnosticRange'
import { fieldInJob, jobIdAt, jobIndexOf, pointerOfJob } from './jobPointer'

const text = `{
  "working_dir": "/tmp",
  "jobs": [
    {
      "id": "extract",
      "command": "run.sh",
      "dependencies": ["missing"]
    },
    { "command": "x" }
  ]
}`
const doc = parseDocument(text)
const marked = (pointer: string) => {
  const { from, to } = diagnosticRange(doc, pointer)
  return text.slice(from, to)
}

describe('diagnosticRange', () => {
  it('marks a short value itself', () => {
    expect(marked('/jobs/0/dependencies/0')).toBe('"missing"')
    expect(marked('/working_dir')).toBe('"/tmp"')
  })

  it('marks a multi-line value at its key', () => {
    expect(marked('/jobs')).toBe('"jobs"')
  })

  it('marks a whole job at its id, or its opening brace when it has none', () => {
    expect(marked('/jobs/0')).toBe('"extract"')
    expect(marked('/jobs/1/id')).toBe('{')
  })

  it('marks a missing value at its nearest existing parent', () => {
    expect(marked('/jobs/0/retries/max')).toBe('"extract"')
    expect(marked('/log_dir')).toBe('{')
    expect(marked('')).toBe('{')
  })

  it('widens an empty syntax error to one character inside the text', () => {
    const broken = parseDocument('{"a": }')
    const issue = broken.syntaxErrors[0]!
    const range = syntaxRange(issue, broken.text.length)
    expect(range.to - range.from).toBeGreaterThanOrEqual(1)
    expect(range.to).toBeLessThanOrEqual(broken.text.length)
  })
})

describe('job pointers', () => {
  it('finds the job a pointer is in', () => {
    expect(jobIndexOf('/jobs/12/timeout')).toBe(12)
    expect(jobIndexOf('/jobs/0')).toBe(0)
    expect(jobIndexOf('/jobs')).toBeNull()
    expect(jobIndexOf('/jobsx/1')).toBeNull()
    expect(jobIdAt(doc.model, '/jobs/0/dependencies/0')).toBe('extract')
    expect(jobIdAt(doc.model, '/jobs/1')).toBeUndefined()
    expect(jobIdAt(doc.model, '/working_dir')).toBeUndefined()
  })

  it('names the field below the job and finds a job by id', () => {
    expect(fieldInJob('/jobs/3/retry/max')).toBe('retry/max')
    expect(fieldInJob('/jobs/3')).toBe('')
    expect(fieldInJob('/working_dir')).toBe('working_dir')
    expect(pointerOfJob(doc.model, 'extract')).toBe('/jobs/0')
    expect(pointerOfJob(doc.model, 'nope')).toBeNull()
  })
})
