// Generates benchmark configs: three shapes (a release-pipeline chain, wide fan-out/fan-in blocks,
// a random layered DAG with 1–3 dependencies per job) at any size, with realistic fields.
// Deterministic (seeded), so every run measures the same files.

/** Mulberry32: a tiny seeded PRNG, good enough to make repeatable test data. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n) => String(n).padStart(4, '0')

function sqlJob(id, deps, random) {
  const job = {
    id,
    description: `Apply ${id}.sql to the release database`,
    command: `sqlplus -S /nolog @${id}.sql > logs/${id}.log 2>&1`,
  }
  if (deps.length) job.dependencies = deps
  if (random() < 0.5) job.timeout = 600 + Math.floor(random() * 30) * 60
  if (random() < 0.3)
    Object.assign(job, { max_retries: 2, retry_delay: 45, retry_on_status: ['FAILED', 'TIMEOUT'] })
  if (random() < 0.4)
    job.env_variables = { SCRIPT_NAME: `${id}.sql`, STAGE: `stage_${Math.floor(random() * 9)}` }
  job.post_checks = [{ name: 'check_no_ora_errors', params: { log_file: `logs/${id}.log` } }]
  if (random() < 0.15) job.pre_checks = [{ name: 'check_file_exists', params: { path: `${id}.sql` } }]
  return job
}

function chain(n, random) {
  const jobs = []
  for (let i = 1; i <= n; i++) jobs.push(sqlJob(`PR_${pad(i)}`, i > 1 ? [`PR_${pad(i - 1)}`] : [], random))
  return jobs
}

function fanOutFanIn(n, random) {
  const width = Math.max(4, Math.round(Math.sqrt(n) * 1.5))
  const jobs = [sqlJob('stage_0_start', [], random)]
  let join = 'stage_0_start'
  let stage = 0
  while (jobs.length < n) {
    stage++
    const branch = []
    for (let w = 0; w < width && jobs.length < n - 1; w++) {
      const id = `stage_${stage}_part_${pad(w)}`
      branch.push(id)
      jobs.push(sqlJob(id, [join], random))
    }
    if (jobs.length >= n) break
    join = `stage_${stage}_merge`
    jobs.push(sqlJob(join, branch, random))
  }
  return jobs
}

function randomLayered(n, random) {
  const layers = Math.max(3, Math.round(Math.sqrt(n) / 1.5))
  const jobs = []
  const byLayer = []
  for (let i = 0; i < n; i++) {
    const layer = i < n / layers ? 0 : Math.min(layers - 1, Math.floor((i / n) * layers))
    byLayer[layer] ??= []
    const id = `job_${pad(i + 1)}`
    const deps = new Set()
    if (layer > 0) {
      const pool = byLayer.slice(0, layer).flat()
      const count = 1 + Math.floor(random() * 3)
      for (let d = 0; d < count; d++) {
        // Prefer recent layers, as real pipelines do.
        const pick = pool[pool.length - 1 - Math.floor(random() ** 2 * pool.length)]
        deps.add(pick)
      }
    }
    byLayer[layer].push(id)
    jobs.push(sqlJob(id, [...deps], random))
  }
  return jobs
}

export const SHAPES = { chain, fanout: fanOutFanIn, layered: randomLayered }

/** The config text for a shape and size (2-space JSON, trailing newline, as people write them). */
export function generateConfig(shape, size, seed = 42) {
  const random = rng(seed + size)
  const config = {
    application_name: `BENCH_${shape.toUpperCase()}_${size}`,
    working_dir: '/srv/releases/bench',
    parallel: shape !== 'chain',
    max_workers: 8,
    default_timeout: 7200,
    default_max_retries: 1,
    env_variables: {
      ORACLE_SID: 'BENCH',
      NLS_LANG: 'AMERICAN_AMERICA.AL32UTF8',
      LOG_ROOT: '/srv/releases/bench/logs',
    },
    jobs: SHAPES[shape](size, random),
  }
  return JSON.stringify(config, null, 2) + '\n'
}
