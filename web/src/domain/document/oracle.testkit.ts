/**
 * Test oracle: what each edit command must do to the VALUE of a config, written independently of the
 * text-editing code, on plain objects (as JSON.parse gives them).
 */
type Obj = Record<string, unknown>
export type Config = Obj

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
/** Assignment that makes "__proto__" an own key, as JSON.parse does. */
export function put(obj: Obj, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
}

export function jobsOf(c: Config): unknown[] {
  return Array.isArray(c.jobs) ? c.jobs : []
}
export function idsOf(c: Config): string[] {
  return jobsOf(c).flatMap((j) => (isObj(j) && typeof j.id === 'string' ? [j.id] : []))
}
export const indexOf = (c: Config, id: string): number => jobsOf(c).findIndex((j) => isObj(j) && j.id === id)
const jobAt = (c: Config, id: string): Obj | undefined => {
  const i = indexOf(c, id)
  return i < 0 ? undefined : (jobsOf(c)[i] as Obj)
}

function freeJobId(taken: Set<string>): string {
  let n = 1
  while (taken.has('job_' + n)) n++
  return 'job_' + n
}
function copyId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id
  if (!taken.has(id + '_copy')) return id + '_copy'
  let n = 2
  while (taken.has(id + '_copy_' + n)) n++
  return id + '_copy_' + n
}
function appendTo(holder: Obj, key: string, value: unknown): void {
  const list = holder[key]
  if (Array.isArray(list)) list.push(value)
  else put(holder, key, [value])
}
/** Jobs can be appended unless `jobs` holds something that is not a list (the commands refuse then). */
const canAddJobs = (c: Config): boolean => c.jobs === undefined || c.jobs === null || Array.isArray(c.jobs)

function appendJobs(c: Config, jobs: unknown[]): void {
  if (Array.isArray(c.jobs)) c.jobs.push(...jobs)
  else put(c, 'jobs', jobs)
}

export const oracle = {
  setApp(c: Config, key: string, value: unknown): void {
    put(c, key, value)
  },
  removeApp(c: Config, key: string): void {
    delete c[key]
  },
  setJobField(c: Config, id: string, key: string, value: unknown): void {
    const job = jobAt(c, id)
    if (job) put(job, key, value)
  },
  removeJobField(c: Config, id: string, key: string): void {
    const job = jobAt(c, id)
    if (job) delete job[key]
  },
  addJob(c: Config, fields: Obj): string | false {
    if (!canAddJobs(c)) return false
    const id = typeof fields.id === 'string' ? fields.id : freeJobId(new Set(idsOf(c)))
    appendJobs(c, [Object.hasOwn(fields, 'id') ? { ...fields, id } : { id, ...fields }])
    return id
  },
  duplicateJob(c: Config, id: string): void {
    const i = indexOf(c, id)
    if (i < 0) return
    const copy = clone(jobsOf(c)[i] as Obj)
    copy.id = copyId(id, new Set(idsOf(c)))
    jobsOf(c).splice(i + 1, 0, copy)
  },
  removeJobs(c: Config, ids: string[]): void {
    const found = [...new Set(ids)].filter((id) => indexOf(c, id) >= 0)
    for (const id of found) jobsOf(c).splice(indexOf(c, id), 1)
    const gone = found.filter((id) => indexOf(c, id) < 0)
    for (const job of jobsOf(c)) {
      if (isObj(job) && Array.isArray(job.dependencies)) {
        job.dependencies = job.dependencies.filter((d) => !gone.includes(d as string))
      }
    }
  },
  /** Returns false when the rename must be refused (the new id exists). */
  renameJob(c: Config, from: string, to: string): boolean {
    const job = jobAt(c, from)
    if (!job || from === to) return true
    if (indexOf(c, to) >= 0) return false
    job.id = to
    for (const j of jobsOf(c)) {
      if (isObj(j) && Array.isArray(j.dependencies))
        j.dependencies = j.dependencies.map((d) => (d === from ? to : d))
    }
    return true
  },
  addDependency(c: Config, id: string, dep: string): void {
    const job = jobAt(c, id)
    if (!job || (Array.isArray(job.dependencies) && job.dependencies.includes(dep))) return
    appendTo(job, 'dependencies', dep)
  },
  removeDependency(c: Config, id: string, dep: string): void {
    const job = jobAt(c, id)
    if (job && Array.isArray(job.dependencies)) job.dependencies = job.dependencies.filter((d) => d !== dep)
  },
  setEnvVar(c: Config, jobId: string | undefined, name: string, value: string): void {
    const holder = jobId === undefined ? c : jobAt(c, jobId)
    if (!holder) return
    if (!isObj(holder.env_variables)) put(holder, 'env_variables', {})
    put(holder.env_variables as Obj, name, value)
  },
  unsetEnvVar(c: Config, jobId: string | undefined, name: string): void {
    const holder = jobId === undefined ? c : jobAt(c, jobId)
    if (holder && isObj(holder.env_variables)) delete holder.env_variables[name]
  },
  addCheck(c: Config, id: string, kind: string, check: Obj): void {
    const job = jobAt(c, id)
    if (job) appendTo(job, kind, check)
  },
  updateCheck(c: Config, id: string, kind: string, index: number, check: Obj): void {
    const list = jobAt(c, id)?.[kind]
    if (Array.isArray(list) && index < list.length) list[index] = check
  },
  removeCheck(c: Config, id: string, kind: string, index: number): void {
    const list = jobAt(c, id)?.[kind]
    if (Array.isArray(list) && index < list.length) list.splice(index, 1)
  },
  pasteJobs(c: Config, jobs: Obj[]): void | false {
    if (jobs.length > 0 && !canAddJobs(c)) return false // pasting nothing changes nothing
    const taken = new Set(idsOf(c))
    const renamed = new Map<string, string>()
    const pasted = jobs.map((job) => {
      const original = typeof job.id === 'string' ? job.id : undefined
      const id = original === undefined ? freeJobId(taken) : copyId(original, taken)
      taken.add(id)
      if (original !== undefined && !renamed.has(original)) renamed.set(original, id)
      return (Object.hasOwn(job, 'id') ? { ...clone(job), id } : { id, ...clone(job) }) as Obj
    })
    for (const job of pasted) {
      if (Array.isArray(job.dependencies))
        job.dependencies = job.dependencies.map((d) => renamed.get(d as string) ?? d)
    }
    if (pasted.length > 0) appendJobs(c, pasted)
  },
}
