// Starts the REAL Studio server for the browser tests on a fresh temporary copy of the fixture
// workspace (the repository is never modified). Usage: node e2e/server/start.mjs <port> [--engine]
// The workspace path is e2e/server/paths.ts's workspaceDir(port); the tests read and write it.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const port = process.argv[2] ?? '8799'
const withEngine = process.argv.includes('--engine')
const here = fileURLToPath(new URL('.', import.meta.url))
const root = join(tmpdir(), `executioner-studio-e2e-${port}`)
rmSync(root, { recursive: true, force: true })
mkdirSync(root, { recursive: true })
cpSync(join(here, '../fixtures/workspace'), join(root, 'workspace'), { recursive: true })

const args = [
  '-m',
  'executioner_studio',
  'serve',
  '--static',
  'dist',
  '--workspace',
  join(root, 'workspace'),
  '--port',
  port,
]
if (withEngine) {
  // The engine's folder must be writable: the stand-in is copied there, like a user's install. It is
  // the server tests' stand-in (one source of truth): without a transcripts.json beside it, it executes
  // every config like the real engine (jobs in their own sessions, history in engine/data/).
  mkdirSync(join(root, 'engine'))
  cpSync(join(here, '../../../server/tests/standin_engine.py'), join(root, 'engine', 'executioner.py'))
  args.push('--engine', join(root, 'engine', 'executioner.py'), '--engine-python', 'python3')
  // Its history is its own (engine/data/jobs_history.db, as for a user): runs started here, marked
  // successful or resumed here, are the ones History, the timeline and the ETA read.
} else {
  // The engine's recorded history (read-only, used in place) when ../shared is present: History
  // without an engine, on rows the real engine wrote.
  const history = historyDb()
  if (existsSync(history)) args.push('--history-db', history)
}
function historyDb() {
  const shared = process.env.STUDIO_TEST_SHARED ?? join(here, '../../../../shared/executioner')
  return join(shared, 'history', 'jobs_history_v8.db')
}

const server = spawn('../server/.venv/bin/python', args, {
  stdio: 'inherit',
  // A small request-body limit (the server's default is far larger): a test can exceed it with a
  // file of a few MB. Servers without this setting ignore it.
  env: {
    EXECUTIONER_STUDIO_MAX_BODY_MB: '5',
    ...process.env,
    PYTHONPATH: '../server',
    PYTHONUNBUFFERED: '1',
  },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
