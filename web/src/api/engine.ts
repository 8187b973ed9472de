/** Engine bridge endpoints: dry-run and runs (server/API.md, "Engine bridge"). 503 without an engine. */
import { request } from './client'
import type { DryRunResult, MarkSuccessResult, Run, RunOptions } from './types'

export const engineApi = {
  dryRun: (path: string, options: RunOptions = {}) =>
    request<DryRunResult>('POST', '/api/engine/dry-run', { path, options }),
  startRun: (path: string, options: RunOptions) => request<Run>('POST', '/api/runs', { path, options }),
  run: (id: string) => request<Run>('GET', `/api/runs/${encodeURIComponent(id)}`),
  runs: () => request<{ runs: Run[] }>('GET', '/api/runs'),
  cancel: (id: string) => request<Run>('POST', `/api/runs/${encodeURIComponent(id)}/cancel`),
  markSuccess: (runId: number, jobs: string[]) =>
    request<MarkSuccessResult>('POST', '/api/engine/mark-success', { run_id: runId, jobs }),
  eventsUrl: (id: string) => `/api/runs/${encodeURIComponent(id)}/events`,
}
