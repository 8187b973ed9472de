/**
 * What the run panel says about a cancel, honestly: the server stops the engine and every job process
 * it started (SIGTERM, then SIGKILL after a grace period); until the stream says the run ended, it is
 * only "cancelling". If the engine died before writing its summary, its history DB still reads RUNNING.
 */
import type { Run } from '@/api/types'
import type { LiveRun } from './liveRun'

export interface CancelStatus {
  tone: 'progress' | 'done' | 'warning'
  text: string
}

export function cancelStatus(
  run: Run | null,
  live: LiveRun,
  requested: boolean,
  streamEnded: boolean,
): CancelStatus[] {
  if (!run) return []
  const lines: CancelStatus[] = []
  const asked = requested || live.cancel !== null
  const over = live.finalStatus !== null || streamEnded
  if (asked && !over) {
    const active = live.jobs.filter((j) => j.state === 'running' || j.state === 'retrying').length
    const grace = live.cancel?.graceSeconds
    const signal = live.cancel?.killedWith
    lines.push({
      tone: 'progress',
      text:
        `Cancelling… stopping the engine and ${active} job process${active === 1 ? '' : 'es'}` +
        (signal ? ` (${signal} sent)` : grace ? ` (SIGKILL after ${grace} s)` : ''),
    })
  } else if (over && (live.finalStatus === 'CANCELLED' || run.state === 'cancelled')) {
    const signal = live.cancel?.killedWith
    lines.push({
      tone: 'done',
      text: `Cancelled${signal ? `: processes that ignored SIGTERM were stopped with ${signal}` : ''}.`,
    })
  }
  if (run.state === 'lost')
    lines.push({
      tone: 'warning',
      text: 'Lost: the server restarted and the engine it had started was no longer running.',
    })
  if (run.engine_status_stale)
    lines.push({
      tone: 'warning',
      text:
        `The engine's history DB still reads RUNNING for run ${run.engine_run_id ?? '?'}: the engine ` +
        'was stopped before it could record the end. History shows it as RUNNING.',
    })
  return lines
}
