/**
 * What the run panel says about a cancel, honestly: the server stops the engine and every job process
 * it started (SIGTERM, then SIGKILL after a grace period for any left); until the stream says the run
 * ended it is only "cancelling". If the engine died before writing its end, its history DB still reads
 * RUNNING for the run, and a run whose engine vanished while the server was down is "lost".
 */
import type { Run } from '@/api/types'
import type { LiveRun } from './liveRun'

export interface CancelStatus {
  tone: 'progress' | 'done' | 'warning'
  text: string
}

const processes = (n: number) => `${n} process${n === 1 ? '' : 'es'}`

export function cancelStatus(
  run: Run | null,
  live: LiveRun,
  requested: boolean,
  streamEnded: boolean,
): CancelStatus[] {
  if (!run) return []
  const lines: CancelStatus[] = []
  const cancel = live.cancel
  const asked = requested || cancel !== null || !!run.cancel_requested
  const over = live.finalStatus !== null || streamEnded
  if (asked && !over) {
    const running = live.jobs.filter((j) => j.state === 'running' || j.state === 'retrying').length
    const grace = cancel?.graceSeconds
    const text =
      cancel?.sigterm != null
        ? `Cancelling… stopping ${running} job process${running === 1 ? '' : 'es'}: SIGTERM sent to ` +
          `${processes(cancel.sigterm)} (the engine and its jobs)` +
          (cancel.sigkill != null
            ? `, SIGKILL to ${cancel.sigkill} that ignored it`
            : grace
              ? `; SIGKILL after ${grace} s for any still running`
              : '')
        : `Cancelling… stopping the engine and ${running} job process${running === 1 ? '' : 'es'}`
    lines.push({ tone: 'progress', text })
  } else if (over && (live.finalStatus === 'CANCELLED' || run.state === 'cancelled')) {
    const killed = cancel?.sigkill
    lines.push({
      tone: 'done',
      text:
        'Cancelled: the engine and its jobs are stopped' +
        (killed ? ` (${processes(killed)} ignored SIGTERM and were killed).` : '.'),
    })
  }
  // The server's own sentence covers a lost run and a stale DB row; the stream's event comes first.
  if (run.note) lines.push({ tone: 'warning', text: run.note })
  else if (live.staleMessage) lines.push({ tone: 'warning', text: live.staleMessage })
  else if (run.state === 'lost' || live.finalStatus === 'LOST')
    lines.push({
      tone: 'warning',
      text: 'Lost: the server stopped while this run was active and its engine has ended since; how the run ended is unknown.',
    })
  if (run.engine_status_stale && !run.note && !live.staleMessage)
    lines.push({
      tone: 'warning',
      text:
        `The engine's history still says RUNNING for run ${run.engine_run_id ?? '?'}: it was stopped ` +
        'before it could record the end.',
    })
  return lines
}
