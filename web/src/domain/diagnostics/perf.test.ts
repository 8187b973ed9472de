import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse'
import { diagnose } from '.'
import { bestOf } from '../timing.testkit'

/** A realistic 1000-job release config: chains, fan-in, env, checks, retries. */
function bigConfig(n: number, prefix = 'job_'): string {
  const jobs = Array.from({ length: n }, (_, i) => ({
    id: `job_${i}`,
    description: `Step ${i}`,
    command: `sqlplus /nolog @PR_${i}.sql > logs/PR_${i}.log # \${ORACLE_SID}`,
    dependencies:
      i === 0
        ? []
        : i % 10 === 0
          ? [`${prefix}${i - 1}`, `${prefix}${i - 5}`, `${prefix}${i - 10}`]
          : [`${prefix}${i - 1}`],
    timeout: 600,
    max_retries: 1,
    env_variables: { PR: `PR_${i}`, LOG: '${LOG_ROOT}/PR_' + i },
    post_checks: [{ name: 'check_no_ora_errors', params: { log_file: `logs/PR_${i}.log` } }],
  }))
  return JSON.stringify(
    {
      application_name: 'release',
      working_dir: '/srv/release',
      env_variables: { LOG_ROOT: '/srv/logs', ORACLE_SID: 'ORCL', BASE: '${LOG_ROOT}/base' },
      jobs,
    },
    null,
    2,
  )
}

describe('performance', () => {
  it('diagnoses a 1000-job config well under 100 ms', () => {
    const doc = parseDocument(bigConfig(1000))
    expect(diagnose(doc).filter((d) => d.severity === 'error')).toEqual([])
    // Best of several runs: the CI machine is shared, and the first run includes JIT warm-up.
    const best = bestOf(7, () => diagnose(doc))
    console.info(`diagnose, 1000 jobs: ${best.toFixed(1)} ms (best of 7)`)
    expect(best).toBeLessThan(100)
  })

  it('stays fast when hundreds of diagnostics carry quick fixes', () => {
    const text = bigConfig(1000, 'missing_')
    const doc = parseDocument(text)
    const dependencyCount = (JSON.parse(text) as { jobs: { dependencies: string[] }[] }).jobs.reduce(
      (n, j) => n + j.dependencies.length,
      0,
    )
    expect(diagnose(doc).filter((d) => d.code === 'dependency-unknown')).toHaveLength(dependencyCount)
    expect(bestOf(5, () => diagnose(doc))).toBeLessThan(100)
  })
})
