/** Shapes of the Executioner Studio server's JSON answers (server/API.md). */

export interface ServerInfo {
  status: 'ok'
  version: string
  engine: { path: string; python: string } | null
  engine_hint: string | null
  history_db: { path: string; exists: boolean } | null
  workspace: string
  max_body_bytes: number
}

export interface WorkspaceFile {
  path: string
  size: number
  mtime: string
}

export interface FileContent extends WorkspaceFile {
  content: string
  version: string
}

export interface FileVersion {
  path: string
  version: string
  size: number
  mtime: string
}

export interface WorkingDirVerdict {
  working_dir: unknown
  resolved: string | null
  ok: boolean
  problem: string | null
  message: string
}

export interface RunOptions {
  mode?: 'parallel' | 'sequential' | null
  workers?: number
  skip?: string[]
  env?: Record<string, string>
  continue_on_error?: boolean
  resume_from?: number
  failed_only?: boolean
}

export interface PlanStep {
  position: number
  id: string
  description: string
  command: string
  skipped: boolean
  env: string[]
  dependencies: string[]
}

export interface EngineMessage {
  level: 'error' | 'warning'
  text: string
  line?: number
}

export interface DryRunResult {
  exit_code: number
  ok: boolean
  plan: { mode: string | null; steps: PlanStep[] } | null
  messages: EngineMessage[]
  output: string
  command: string[]
}

/** `lost`: the server restarted and the engine it had started was gone (branch runctl). */
export type RunState = 'running' | 'finished' | 'cancelled' | 'failed_to_start' | 'lost'

export interface Run {
  id: string
  config: string
  state: RunState
  exit_code: number | null
  engine_run_id: number | null
  engine_status: 'SUCCESS' | 'FAILED' | null
  /** The run is over but the engine's history DB still reads RUNNING for it (a killed engine). */
  engine_status_stale?: boolean | null
  cancel_requested?: boolean
  started_at: string
  ended_at?: string | null
  /** The server's sentence about how the run ended when that is not plain (lost, stale DB row). */
  note?: string | null
  command: string[]
  entries: number
}

/** A parsed engine event from the run stream (`event: run`). */
export interface RunEvent {
  type: string
  job?: string
  status?: string
  time?: string
  engine_run_id?: number
  exit_code?: number | null
  attempt?: number
  of?: number
  attempts?: number
  after_seconds?: number
  duration_seconds?: number
  delay_seconds?: number
  reason?: string
  /** Added in the browser: `Date.now()` when the event arrived (not sent by the server). */
  received_at?: number
  [key: string]: unknown
}

/** `POST /api/engine/mark-success`. */
export interface MarkSuccessResult {
  exit_code: number
  ok: boolean
  marked: number
  messages: EngineMessage[]
  output: string
}
