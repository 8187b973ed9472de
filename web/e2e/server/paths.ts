/** Where start.mjs puts the temporary workspace of the server on `port` (tests read/write it via fs). */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Overridable so several checkouts on one machine can run the browser tests at once.
export const NO_ENGINE_PORT = Number(process.env.E2E_NO_ENGINE_PORT ?? 8799)
export const ENGINE_PORT = Number(process.env.E2E_ENGINE_PORT ?? 8798)
export const workspaceDir = (port: number) => join(tmpdir(), `executioner-studio-e2e-${port}`, 'workspace')

/** The engine's recorded v8 history database that start.mjs serves (no-engine server), when ../shared is present. */
export const sharedHistoryDb = () =>
  join(
    process.env.STUDIO_TEST_SHARED ??
      fileURLToPath(new URL('../../../../shared/executioner', import.meta.url)),
    'history',
    'jobs_history_v8.db',
  )
