import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/chromium'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE_PORT, NO_ENGINE_PORT } from './e2e/server/paths'

// Browser tests against the REAL Studio server (server/.venv), serving the built app (run
// `npx vite build` first) and a fresh temporary copy of e2e/fixtures/workspace per run.
// One server has no engine; the other runs the stand-in engine e2e/server/standin-engine.py.
// Read by e2e/server/support.ts: these specs skip under the default config.
process.env.STUDIO_SERVER_E2E = '1'

export default defineConfig({
  testDir: './e2e',
  testMatch: 'server-*.spec.ts',
  // Not web/test-results: other Playwright runs in this folder clean that one.
  outputDir: join(tmpdir(), `executioner-studio-e2e-results-${ENGINE_PORT}`),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${NO_ENGINE_PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  webServer: [NO_ENGINE_PORT, ENGINE_PORT].map((port) => ({
    command: `node e2e/server/start.mjs ${port}${port === ENGINE_PORT ? ' --engine' : ''}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
})
