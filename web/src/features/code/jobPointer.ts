/** Helpers that relate JSON Pointers to jobs (`/jobs/3/timeout` is in the job at index 3). */
import type { ConfigModel } from '@/domain/document/types'

const JOB_POINTER = /^\/jobs\/(0|[1-9]\d*)(?=\/|$)/

/** The index of the job a pointer is in, or null when it is not inside a job. */
export function jobIndexOf(pointer: string): number | null {
  const match = JOB_POINTER.exec(pointer)
  return match ? Number(match[1]) : null
}

/** The id of the job a pointer is in (undefined when outside a job or the job has no string id). */
export function jobIdAt(model: ConfigModel, pointer: string): string | undefined {
  const index = jobIndexOf(pointer)
  return index === null ? undefined : model.jobs[index]?.id
}

/** The part of the pointer below the job, e.g. `/retry/max` → `retry/max` ('' for the job itself). */
export function fieldInJob(pointer: string): string {
  const match = JOB_POINTER.exec(pointer)
  return match ? pointer.slice(match[0].length + 1) : pointer.slice(1)
}

/** Pointer of the job with this id in the model, or null. */
export function pointerOfJob(model: ConfigModel, id: string): string | null {
  const job = model.jobs.find((j) => j.id === id)
  return job ? `/jobs/${job.index}` : null
}
