/**
 * The big configs that the tests check for correctness at scale and `bench/domain.mjs` times: one
 * source, so the bench measures exactly what the tests prove right.
 */

/** A realistic 1000-job release config: chains, fan-in, env, checks, retries (`prefix` 'missing_' breaks every dependency). */
export function diagnosticsConfig(n: number, prefix = 'job_'): string {
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

/** A parallel release config with chains, fan-in, retries and defaults, for the plan. */
export function planConfig(n: number): string {
  const jobs = Array.from({ length: n }, (_, i) => ({
    id: `job_${i}`,
    command: `sqlplus /nolog @PR_${i}.sql`,
    dependencies:
      i === 0 ? [] : i % 10 === 0 ? [`job_${i - 1}`, `job_${i - 5}`, `job_${i - 10}`] : [`job_${i - 1}`],
    timeout: 600,
    max_retries: i % 3,
    retry_on_status: ['FAILED', 'TIMEOUT'],
  }))
  return JSON.stringify({
    application_name: 'release',
    parallel: true,
    max_workers: 8,
    default_retry_delay: 20,
    jobs,
  })
}

/** `[id, dependencies]` pairs: a chain of `n` declared backwards (last job first). */
export function backwardsChain(n: number): [string, string[]?][] {
  const chain: [string, string[]?][] = []
  for (let i = n - 1; i >= 0; i--) chain.push([`j${i}`, i > 0 ? [`j${i - 1}`] : undefined])
  return chain
}

/** `[id, dependencies]` pairs: `n - 1` independent jobs and a sink that waits for all of them. */
export function fanIn(n: number): [string, string[]?][] {
  const fan: [string, string[]?][] = Array.from({ length: n - 1 }, (_, i) => [`s${i}`] as [string])
  fan.push(['sink', fan.map(([id]) => id)])
  return fan
}

/** The text of `n` jobs, each depending on `j0` and on the previous job (many references to rewrite). */
export function referencesConfig(n: number): string {
  const jobs = Array.from({ length: n }, (_, i) => ({
    id: 'j' + i,
    dependencies: i ? ['j0', 'j' + (i - 1)] : [],
  }))
  return JSON.stringify({ jobs }, null, 2)
}
