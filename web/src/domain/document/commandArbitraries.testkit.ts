/**
 * fast-check generators for the document core's property tests: configs with unknown, `_`-prefixed and
 * awkward keys and strings, and edit commands paired with what they must do to the value (the oracle).
 */
import fc from 'fast-check'
import * as cmd from './commands'
import { clone, indexOf, jobsOf, oracle, put, type Config } from './oracle.testkit'
import type { EditResult } from './types'

const IDS = ['extract', 'load', 'a', 'b', 'job_1', 'extract_copy', 'x/y']
const KEYS = ['A', 'PATH', 'x y', 'ü', '"q"', '__proto__', '_off']
const text = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }))
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.integer().map((n) => n / 4),
  fc.boolean(),
  fc.constant(null),
)
const dict = <T>(value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 3 }).map((entries) => {
    const out: Record<string, T> = {}
    for (const [k, v] of entries) put(out, k, v)
    return out
  })
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: dict(fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }))) },
)
const check = fc.record(
  { name: fc.constantFrom('check_file_exists', 'x'), params: dict(scalar) },
  { requiredKeys: ['name'] },
)
const job = (id: fc.Arbitrary<string | undefined>) =>
  fc.record(
    {
      id,
      command: text,
      dependencies: fc.subarray(IDS, { maxLength: 3 }),
      env_variables: dict(text),
      pre_checks: fc.array(check, { maxLength: 2 }),
      post_checks: fc.array(check, { maxLength: 2 }),
      _note: text,
      x_unknown: value,
    },
    { requiredKeys: ['id', 'command'] },
  )
export const config: fc.Arbitrary<Config> = fc
  .record(
    {
      application_name: text,
      _disabled: value,
      env_variables: dict(text),
      jobs: fc
        .uniqueArray(fc.constantFrom(...IDS), { maxLength: 4 })
        .chain((ids) => fc.tuple(...ids.map((id) => job(fc.constant(id))))),
      default_timeout: fc.integer(),
    },
    { requiredKeys: [] },
  )
  .map((c) => c as Config)

export interface Step {
  label: string
  run(text: string): EditResult
  /** Applies the command to the oracle value; false when the command must refuse (throw). */
  model(c: Config): boolean | void
}
/** Built once the current job ids are known, so most commands address jobs that exist. */
export type StepFor = (ids: string[], config: Config) => Step
/** A job id: mostly one of the file's (by position), sometimes a fresh or absent one. */
const pick = fc.oneof({ weight: 4, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constantFrom(...IDS) })
const idFrom = (ids: string[], p: number | string): string =>
  typeof p === 'string' ? p : (ids[p % Math.max(ids.length, 1)] ?? 'extract')
const kind = fc.constantFrom('pre_checks' as const, 'post_checks' as const)
const field = fc.constantFrom('command', 'timeout', '_note', 'env_variables', 'dependencies', 'new_key')
const appKey = fc.constantFrom(
  'application_name',
  'default_timeout',
  '_disabled',
  'env_variables',
  '__proto__',
)
const jobIndexIn = (t: string, i: string) => indexOf(JSON.parse(t) as Config, i)

/** Mostly a job that has checks of this kind, and an index in range (n = 3 means one past the end). */
function checkAt(config: Config, ids: string[], p: number | string, k: string, n: number): [string, number] {
  const withChecks = ids.filter((id) => {
    const list = (jobsOf(config)[indexOf(config, id)] as Config)[k]
    return Array.isArray(list) && list.length > 0
  })
  const j = withChecks.length > 0 && typeof p === 'number' ? idFrom(withChecks, p) : idFrom(ids, p)
  const list = (jobsOf(config)[indexOf(config, j)] as Config | undefined)?.[k]
  const length = Array.isArray(list) ? list.length : 0
  return [j, n === 3 ? length : n % Math.max(length, 1)]
}

export const step: fc.Arbitrary<StepFor> = fc.oneof(
  fc.tuple(appKey, value).map(([k, v]): StepFor => () => ({
    label: `setValue ${k}`,
    run: (t) => cmd.setValue(t, [k], v),
    model: (c) => oracle.setApp(c, k, clone(v)),
  })),
  appKey.map((k): StepFor => () => ({
    label: `removeValue ${k}`,
    run: (t) => cmd.removeValue(t, [k]),
    model: (c) => oracle.removeApp(c, k),
  })),
  fc.tuple(pick, field, value).map(([p, k, v]): StepFor => (ids) => {
    const j = idFrom(ids, p)
    return {
      label: `setValue ${j}.${k}`,
      run: (t) =>
        jobIndexIn(t, j) < 0
          ? cmd.removeValue(t, ['absent'])
          : cmd.setValue(t, ['jobs', jobIndexIn(t, j), k], v),
      model: (c) => oracle.setJobField(c, j, k, clone(v)),
    }
  }),
  fc.tuple(pick, field).map(([p, k]): StepFor => (ids) => {
    const j = idFrom(ids, p)
    return {
      label: `removeValue ${j}.${k}`,
      run: (t) =>
        jobIndexIn(t, j) < 0
          ? cmd.removeValue(t, ['absent'])
          : cmd.removeValue(t, ['jobs', jobIndexIn(t, j), k]),
      model: (c) => oracle.removeJobField(c, j, k),
    }
  }),
  fc.option(text).map((command): StepFor => () => {
    const fields = command === null ? {} : { command }
    return {
      label: 'addJob',
      run: (t) => cmd.addJob(t, fields),
      model: (c) => (oracle.addJob(c, clone(fields)) === false ? false : undefined),
    }
  }),
  pick.map((p): StepFor => (ids) => {
    const j = idFrom(ids, p)
    return {
      label: `duplicateJob ${j}`,
      run: (t) => cmd.duplicateJob(t, j),
      model: (c) => oracle.duplicateJob(c, j),
    }
  }),
  fc.array(pick, { maxLength: 3 }).map((ps): StepFor => (ids) => {
    const js = ps.map((p) => idFrom(ids, p))
    return {
      label: `removeJobs ${js.join(',')}`,
      run: (t) => cmd.removeJobs(t, js),
      model: (c) => oracle.removeJobs(c, js),
    }
  }),
  fc.tuple(pick, fc.oneof(pick, fc.constantFrom('renamed', 'x/y', 'ä b'))).map(([p, q]): StepFor => (ids) => {
    const [a, b] = [idFrom(ids, p), idFrom(ids, q)]
    return {
      label: `renameJob ${a}→${b}`,
      run: (t) => cmd.renameJob(t, a, b),
      model: (c) => oracle.renameJob(c, a, b),
    }
  }),
  fc.tuple(pick, pick).map(([p, q]): StepFor => (ids) => {
    const [a, b] = [idFrom(ids, p), idFrom(ids, q)]
    return {
      label: `addDependency ${a}←${b}`,
      run: (t) => cmd.addDependency(t, a, b),
      model: (c) => oracle.addDependency(c, a, b),
    }
  }),
  fc.tuple(pick, fc.nat()).map(([p, n]): StepFor => (ids, config) => {
    const a = idFrom(ids, p)
    const deps = (jobsOf(config)[indexOf(config, a)] as Config | undefined)?.dependencies
    const b = Array.isArray(deps) && deps.length > 0 ? String(deps[n % deps.length]) : 'extract'
    return {
      label: `removeDependency ${a}←${b}`,
      run: (t) => cmd.removeDependency(t, a, b),
      model: (c) => oracle.removeDependency(c, a, b),
    }
  }),
  fc
    .tuple(fc.option(pick), fc.constantFrom(...KEYS), fc.option(text))
    .map(([p, name, v]): StepFor => (ids) => {
      const j = p === null ? undefined : idFrom(ids, p)
      const scope = j === undefined ? 'app' : { jobId: j }
      return {
        label: `${v === null ? 'unset' : 'set'}EnvVar ${j ?? 'app'}.${name}`,
        run: (t) => (v === null ? cmd.unsetEnvVar(t, scope, name) : cmd.setEnvVar(t, scope, name, v)),
        model: (c) => (v === null ? oracle.unsetEnvVar(c, j, name) : oracle.setEnvVar(c, j, name, v)),
      }
    }),
  fc.tuple(pick, kind, check).map(([p, k, ch]): StepFor => (ids) => {
    const j = idFrom(ids, p)
    return {
      label: `addCheck ${j}.${k}`,
      run: (t) => cmd.addCheck(t, j, k, ch),
      model: (c) => oracle.addCheck(c, j, k, clone(ch)),
    }
  }),
  fc.tuple(pick, kind, fc.nat(3), check).map(([p, k, n, ch]): StepFor => (ids, config) => {
    const [j, i] = checkAt(config, ids, p, k, n)
    return {
      label: `updateCheck ${j}.${k}[${i}]`,
      run: (t) => cmd.updateCheck(t, j, k, i, ch),
      model: (c) => oracle.updateCheck(c, j, k, i, clone(ch)),
    }
  }),
  fc.tuple(pick, kind, fc.nat(3)).map(([p, k, n]): StepFor => (ids, config) => {
    const [j, i] = checkAt(config, ids, p, k, n)
    return {
      label: `removeCheck ${j}.${k}[${i}]`,
      run: (t) => cmd.removeCheck(t, j, k, i),
      model: (c) => oracle.removeCheck(c, j, k, i),
    }
  }),
  fc
    .array(job(fc.option(fc.constantFrom(...IDS), { nil: undefined })), { maxLength: 2 })
    .map((jobs): StepFor => () => ({
      label: `pasteJobs ${jobs.length}`,
      run: (t) => cmd.pasteJobs(t, jobs),
      model: (c) => oracle.pasteJobs(c, clone(jobs) as Config[]),
    })),
)
