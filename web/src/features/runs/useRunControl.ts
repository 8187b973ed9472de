/**
 * Run control from the UI: cancel (after a confirm), mark jobs successful in a finished run, and
 * resume a failed run. Each caller gets its own result message to show beside its buttons.
 */
import { ref } from 'vue'
import { engineApi } from '@/api/engine'
import { useConfirm } from '@/composables/useConfirm'
import { useRunsStore } from '@/stores/runs'
import { useWorkspaceStore } from '@/stores/workspace'
import { useEngineActions } from './useEngineActions'

export interface ControlMessage {
  ok: boolean
  text: string
}

export function useRunControl() {
  const runs = useRunsStore()
  const ws = useWorkspaceStore()
  const engine = useEngineActions()
  const { confirm } = useConfirm()
  const busy = ref(false)
  const message = ref<ControlMessage | null>(null)

  async function cancel() {
    const ok = await confirm({
      title: 'Cancel this run?',
      message:
        'The engine and every job process it started are stopped (SIGTERM, then SIGKILL for any that ' +
        'ignore it). Jobs that already finished keep their result.',
      confirmLabel: 'Cancel the run',
      cancelLabel: 'Keep running',
      danger: true,
    })
    if (ok) await runs.cancel()
  }

  /** Returns true when the engine marked something, so the caller can refresh what it shows. */
  async function markSuccess(engineRunId: number, jobs: string[]): Promise<boolean> {
    const names = jobs.join(', ')
    const ok = await confirm({
      title: `Mark ${names} as successful?`,
      message:
        `The engine records SUCCESS for ${names} in run ${engineRunId} (only FAILED, ERROR or TIMEOUT ` +
        'rows change). A resume of that run then skips it. Do this only if the work was done by hand.',
      confirmLabel: 'Mark successful',
    })
    if (!ok) return false
    busy.value = true
    try {
      const result = await engineApi.markSuccess(engineRunId, jobs)
      const why = result.messages.map((m) => m.text).join(' ') || result.output.trim().split('\n').at(-1)
      message.value = result.ok
        ? {
            ok: true,
            text: `Marked ${result.marked} job${result.marked === 1 ? '' : 's'} as SUCCESS in run ${engineRunId}.`,
          }
        : {
            ok: false,
            text: `The engine marked nothing (exit code ${result.exit_code}). ${why ?? ''}`.trim(),
          }
      return result.ok
    } catch (error) {
      message.value = { ok: false, text: (error as Error).message }
      return false
    } finally {
      busy.value = false
    }
  }

  /** `--resume-from <engineRunId>` on `config` (the open file is saved first when it is that config). */
  async function resume(engineRunId: number, config: string, failedOnly: boolean) {
    message.value = null
    const options = { resume_from: engineRunId, ...(failedOnly ? { failed_only: true } : {}) }
    if (config === ws.openPath) await engine.run(options)
    else await runs.startRun(config, options)
  }

  return { busy, message, cancel, markSuccess, resume }
}
