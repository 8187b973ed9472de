import { describe, expect, it } from 'vitest'
import { jobLogPath, linesForJob } from './jobLog'

// Lines of transcripts/run_demo_failures_coe.txt as the server streams them (ANSI removed).
const lines = `2026-11-25 19:07:21 - INFO - Initialized run ID: 4, attempt: 1
2026-11-25 19:07:21 - INFO - Starting job 'prepare'
2026-11-25 19:07:21 - INFO - Running job: prepare Command: echo ready && sleep 0.6
2026-11-25 19:07:22 - INFO - Job 'prepare' completed successfully in 0.64 seconds
2026-11-25 19:07:24 - INFO - Starting job 'flaky'
2026-11-25 19:07:24 - INFO - Running job: flaky Command: echo trying && sleep 0.6 && exit 3
2026-11-25 19:07:25 - INFO - Will retry job flaky in 0.2 seconds (attempt 1/2)
2026-11-25 19:07:25 - INFO - Retry attempt 1/2 for job flaky
2026-11-25 19:07:27 - ERROR - Job flaky failed after 3 attempts.
2026-11-25 19:07:27 - WARNING - Job flaky failed but continuing.
2026-11-25 19:07:27 - WARNING - The following jobs were not completed: report
Failed Jobs:
  - flaky: Fails with exit 3
      Reason: Job failed after 3 attempts (status: FAILED, exit code: 3)
      Log: /srv/pipeline/logs/executioner.demo_failures.job-flaky.run-4.log
  - slow: Times out
      Reason: Job failed after 1 attempts (status: TIMEOUT, exit code: -1)
      Log: /srv/pipeline/logs/executioner.demo_failures.job-slow.run-4.log
2026-11-25 19:07:27 - INFO - Job flaky_two failed after 1 attempts.`.split('\n')

describe('linesForJob', () => {
  it("keeps the engine's lines about the job and its summary entry, and nothing about other jobs", () => {
    expect(linesForJob(lines, 'flaky')).toEqual([
      "2026-11-25 19:07:24 - INFO - Starting job 'flaky'",
      '2026-11-25 19:07:24 - INFO - Running job: flaky Command: echo trying && sleep 0.6 && exit 3',
      '2026-11-25 19:07:25 - INFO - Will retry job flaky in 0.2 seconds (attempt 1/2)',
      '2026-11-25 19:07:25 - INFO - Retry attempt 1/2 for job flaky',
      '2026-11-25 19:07:27 - ERROR - Job flaky failed after 3 attempts.',
      '2026-11-25 19:07:27 - WARNING - Job flaky failed but continuing.',
      '  - flaky: Fails with exit 3',
      '      Reason: Job failed after 3 attempts (status: FAILED, exit code: 3)',
      '      Log: /srv/pipeline/logs/executioner.demo_failures.job-flaky.run-4.log',
    ])
    expect(linesForJob(lines, 'prepare')).toHaveLength(3)
  })

  it('treats the id literally (regex characters, prefixes of other ids)', () => {
    expect(linesForJob(["Starting job 'a.b'", "Starting job 'axb'"], 'a.b')).toEqual(["Starting job 'a.b'"])
    expect(linesForJob(lines, 'flak')).toEqual([])
  })
})

describe('jobLogPath', () => {
  it("finds the job's log file in the summary", () => {
    expect(jobLogPath(lines, 'slow')).toBe('/srv/pipeline/logs/executioner.demo_failures.job-slow.run-4.log')
    expect(jobLogPath(lines, 'prepare')).toBeNull()
  })
})
