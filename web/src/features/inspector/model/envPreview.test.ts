import { describe, expect, it } from 'vitest'
import { appEnvPreview, jobEnvPreview } from './envPreview'

describe('env preview (ENGINE.md §4.1)', () => {
  it('resolves app references among app variables and flags undefined ones', () => {
    const p = appEnvPreview({ ROOT: '/data', RAW: '${ROOT}/raw', X: '${NOPE}/x' })
    expect(p.values.RAW).toBe('/data/raw')
    expect(p.values.X).toBe('${NOPE}/x')
    expect(p.undefinedRefs.X).toEqual(['NOPE'])
  })

  it('an app variable keeps the app value of what it references, even when the job overrides it', () => {
    const p = jobEnvPreview({ A: '${B}', B: 'app' }, { B: 'job' })
    expect(p.values.A).toBe('app')
    expect(p.values.B).toBe('job')
  })

  it('an app reference to a job-only name resolves at job time', () => {
    expect(jobEnvPreview({ X: '${J}-x' }, { J: 'jv' }).values.X).toBe('jv-x')
  })

  it('non-string values become what Python str() prints', () => {
    expect(jobEnvPreview({}, { FLAG: true, N: null }).values).toEqual({ FLAG: 'True', N: 'None' })
  })

  it('circular references stay literal', () => {
    const p = appEnvPreview({ V1: '${V2}', V2: '${V1}' })
    expect(p.values.V1).toBe('${V2}')
    expect(p.circular.sort()).toEqual(['V1', 'V2'])
  })
})
