/** Where start.mjs puts the temporary workspace of the server on `port` (tests read/write it via fs). */
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const NO_ENGINE_PORT = 8799
export const ENGINE_PORT = 8798
export const workspaceDir = (port: number) => join(tmpdir(), `executioner-studio-e2e-${port}`, 'workspace')
