import { describe, expect, it } from 'vitest'
import { emptyRunForm, toRunOptions } from './runOptions'

describe('toRunOptions', () => {
  it('sends nothing for the defaults (the config decides)', () => {
    expect(toRunOptions(emptyRunForm())).toEqual({ options: {} })
  })

  it('maps every field to the CLI-like options', () => {
    const form = {
      ...emptyRunForm(),
      mode: 'parallel' as const,
      workers: '3',
      skip: 'a, b c',
      env: 'A=1\nB_2=x y',
      continueOnError: true,
      resumeFrom: '12',
      failedOnly: true,
    }
    expect(toRunOptions(form)).toEqual({
      options: {
        mode: 'parallel',
        workers: 3,
        skip: ['a', 'b', 'c'],
        env: { A: '1', B_2: 'x y' },
        continue_on_error: true,
        resume_from: 12,
        failed_only: true,
      },
    })
  })

  it('explains what the engine cannot take', () => {
    expect(toRunOptions({ ...emptyRunForm(), env: 'A=1,2' })).toMatchObject({
      problem: expect.stringContaining('comma'),
    })
    expect(toRunOptions({ ...emptyRunForm(), env: '1A=x' })).toMatchObject({
      problem: expect.stringContaining('NAME=value'),
    })
    expect(toRunOptions({ ...emptyRunForm(), failedOnly: true })).toMatchObject({
      problem: expect.stringContaining('resume'),
    })
    expect(toRunOptions({ ...emptyRunForm(), mode: 'parallel', workers: '0' })).toMatchObject({
      problem: expect.stringContaining('Workers'),
    })
  })
})
