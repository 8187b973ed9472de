import { describe, expect, it } from 'vitest'
import { finalStatus } from './runEvents'

describe('finalStatus', () => {
  it('is null until the run finished event arrives', () => {
    expect(finalStatus([{ type: 'job_started', job: 'a' }])).toBeNull()
    expect(
      finalStatus([
        { type: 'run_status', status: 'FAILED' },
        { type: 'run_finished', status: 'FAILED', exit_code: 1 },
      ]),
    ).toBe('FAILED')
  })
})
