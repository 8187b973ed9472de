/**
 * Fold a run's parsed engine events (server/API.md, "Stream") into what the control room shows: each
 * job's state and tries, and the run's progress. Jobs of the config that have not started yet are
 * queued; when the run ends, jobs that never started were not run (skipped), or cancelled with the run.
 */
import type { RunEvent } from '@/api/types'
import type { TryStatus } from '@/api/history'
import type { JobRunDecor, JobRunState } from '@/stores/canvasOverlay'

export interface LiveTry {
  /** 1-based. */
  try: number
  status: TryStatus
  /** Epoch ms (from the engine's second-precision log time; a retry starts after its delay). */
  start: number | null
  end: number | null
  /** Seconds the engine reported for the try (success and post-check lines carry it). */
  seconds: number | null
}

export interface LiveJob {
  id: string
  state: JobRunState
  /** Short text for the card and the job list, e.g. "retry 1/2" or "0.64 s". */
  detail: string
  tries: LiveTry[]
}

export interface LiveRun {
  /** In config order first, then jobs the config does not name (edited since the run started). */
  jobs: LiveJob[]
  /** Epoch ms of the engine's "Initialized run ID" line (or the first timed event). */
  startedAt: number | null
  endedAt: number | null
  /** The `run_finished` status, null while the run goes on. */
  finalStatus: string | null
  /** Cancel asked for: the grace period before SIGKILL, and how many processes got each signal. */
  cancel: { graceSeconds: number | null; sigterm: number | null; sigkill: number | null } | null
  /** The server's note that the engine's DB still reads RUNNING for this run. */
  staleMessage: string | null
  done: number
  total: number
}

const FINISHED: ReadonlySet<JobRunState> = new Set([
  'succeeded',
  'failed',
  'timed_out',
  'skipped',
  'cancelled',
])
export const isFinishedState = (state: JobRunState) => FINISHED.has(state)

/** The engine's local time text `2026-11-25 19:07:21` as epoch ms in the browser's time zone. */
export function engineTime(text: unknown): number | null {
  if (typeof text !== 'string') return null
  const m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?/.exec(text)
  if (!m) return null
  const ms = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
  return new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, ms).getTime()
}

/**
 * When an event happened: the engine's log time (whole seconds), refined by the browser's arrival time
 * (`received_at`, set by the runs store) when the event arrived live, within that second; a replayed
 * event (after a reload) arrives later and keeps the log time.
 */
export function eventTime(event: RunEvent): number | null {
  const logged = engineTime(event.time)
  const received = typeof event.received_at === 'number' ? event.received_at : null
  if (logged === null || received === null) return logged
  return received >= logged && received < logged + 1500 ? received : logged
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null)
const secs = (value: number | null) => (value === null ? '' : `${Number(value.toFixed(2))} s`)

export function foldRun(events: readonly RunEvent[], configJobIds: readonly string[]): LiveRun {
  const jobs = new Map<string, LiveJob>()
  for (const id of configJobIds)
    if (!jobs.has(id)) jobs.set(id, { id, state: 'queued', detail: '', tries: [] })
  const job = (id: string): LiveJob => {
    let found = jobs.get(id)
    if (!found) jobs.set(id, (found = { id, state: 'queued', detail: '', tries: [] }))
    return found
  }
  const run: LiveRun = {
    jobs: [],
    startedAt: null,
    endedAt: null,
    finalStatus: null,
    cancel: null,
    staleMessage: null,
    done: 0,
    total: 0,
  }
  for (const event of events) {
    const at = eventTime(event)
    if (run.startedAt === null && at !== null) run.startedAt = at
    if (at !== null) run.endedAt = at
    if (event.type === 'cancel_requested')
      run.cancel = { graceSeconds: num(event.grace_seconds), sigterm: null, sigkill: null }
    else if (event.type === 'killed') {
      run.cancel ??= { graceSeconds: null, sigterm: null, sigkill: null }
      const count = Array.isArray(event.pids) ? event.pids.length : 1
      if (event.signal === 'SIGKILL') run.cancel.sigkill = count
      else run.cancel.sigterm = count
    } else if (event.type === 'engine_status_stale') run.staleMessage = String(event.message ?? '')
    else if (event.type === 'run_finished') run.finalStatus = String(event.status ?? 'FINISHED')
    else if (event.job) applyJobEvent(job(event.job), event, at)
  }
  if (run.finalStatus) settleUnfinished(jobs, run.finalStatus)
  run.jobs = [...jobs.values()]
  run.total = run.jobs.length
  run.done = run.jobs.filter((j) => isFinishedState(j.state)).length
  if (!run.finalStatus) run.endedAt = null
  return run
}

function closeTry(job: LiveJob, status: TryStatus, at: number | null, seconds: number | null = null) {
  const open = job.tries.at(-1)
  if (!open || open.status !== 'RUNNING') return
  open.status = status
  // Log times are whole seconds: a try lasts at least what the engine said it lasted.
  open.end =
    at !== null && open.start !== null && seconds !== null ? Math.max(at, open.start + seconds * 1000) : at
  open.seconds = seconds ?? open.seconds
}

function applyJobEvent(job: LiveJob, event: RunEvent, at: number | null) {
  switch (event.type) {
    case 'job_started':
      job.state = 'running'
      job.detail = ''
      job.tries = [{ try: 1, status: 'RUNNING', start: at, end: null, seconds: null }]
      break
    case 'job_succeeded':
      closeTry(job, 'SUCCESS', at, num(event.duration_seconds))
      job.state = 'succeeded'
      job.detail = secs(num(event.duration_seconds))
      break
    case 'timeout':
      closeTry(job, 'TIMEOUT', at, num(event.after_seconds))
      job.detail = `timed out after ${secs(num(event.after_seconds))}`
      break
    case 'post_check_failed':
      closeTry(job, 'POSTCHECK_FAILED', at, num(event.duration_seconds))
      job.detail = 'post-check failed'
      break
    case 'retry': {
      closeTry(job, 'FAILED', at)
      const delay = num(event.delay_seconds) ?? 0
      const next = (job.tries.at(-1)?.try ?? 0) + 1
      job.tries.push({
        try: next,
        status: 'RUNNING',
        start: at === null ? null : at + delay * 1000,
        end: null,
        seconds: null,
      })
      job.state = 'retrying'
      job.detail = `retry ${event.attempt}/${event.of}`
      break
    }
    case 'job_failed': {
      closeTry(job, 'FAILED', at)
      const last = job.tries.at(-1)?.status
      job.state = last === 'TIMEOUT' ? 'timed_out' : 'failed'
      const tries = num(event.attempts)
      job.detail =
        last === 'TIMEOUT'
          ? job.detail
          : last === 'POSTCHECK_FAILED'
            ? 'post-check failed'
            : tries !== null
              ? `failed after ${tries} ${tries === 1 ? 'try' : 'tries'}`
              : 'failed'
      break
    }
    case 'job_skipped':
      job.state = 'skipped'
      job.detail = String(event.reason ?? 'skipped')
      break
  }
}

/** After `run_finished`: what became of jobs with no outcome. */
function settleUnfinished(jobs: Map<string, LiveJob>, status: string) {
  for (const job of jobs.values()) {
    if (isFinishedState(job.state)) continue
    const started = job.state !== 'queued'
    if (status === 'CANCELLED') {
      job.state = 'cancelled'
      job.detail = started ? 'stopped by cancel' : 'not run: cancelled'
    } else if (started) {
      // The engine ended without saying how this job ended (killed, crashed).
      job.state = 'failed'
      job.detail = 'no outcome: the engine stopped'
    } else {
      job.state = 'skipped'
      job.detail = status === 'SUCCESS' ? 'not run' : 'not run: a dependency failed or the run stopped'
    }
    const open = job.tries.at(-1)
    if (open?.status === 'RUNNING') open.status = status === 'CANCELLED' ? 'CANCELLED' : 'FAILED'
  }
}

/** The canvas overlay's per-job states (a running job's start drives the card's elapsed time). */
export function liveDecor(run: LiveRun): Map<string, JobRunDecor> {
  const decor = new Map<string, JobRunDecor>()
  for (const job of run.jobs) {
    const startedAt = job.tries[0]?.start ?? undefined
    decor.set(job.id, {
      state: job.state,
      ...(job.detail ? { detail: job.detail } : {}),
      ...(startedAt !== undefined ? { startedAt } : {}),
    })
  }
  return decor
}

/**
 * Whether the engine's mark-success can change this job's row: it changes only FAILED/ERROR/TIMEOUT
 * rows, and a post-check failure is stored as SUCCESS (ENGINE.md §8.1, §9.4).
 */
export function canMarkSuccess(job: LiveJob): boolean {
  return (
    (job.state === 'failed' || job.state === 'timed_out') && job.tries.at(-1)?.status !== 'POSTCHECK_FAILED'
  )
}
