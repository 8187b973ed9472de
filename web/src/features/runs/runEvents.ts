/** Helpers over the engine's parsed run events (server/API.md, "Stream"). */
import type { RunEvent } from '@/api/types'

/** The run's final status from its events: the `run_finished` event, else null while running. */
export function finalStatus(events: readonly RunEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]!.type === 'run_finished') return String(events[i]!.status)
  return null
}
