/**
 * The command line as users run it in CI: the bundle built by `scripts/build-cli.mjs`, started through
 * `bin/executioner-studio`, on temporary files; plus the same entry called in-process for the details.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from './main'

const WEB = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(WEB, '..', 'bin', 'executioner-studio')
let dir = ''

const good = {
  application_name: 'etl',
  working_dir: '/tmp',
  jobs: [
    { id: 'load', command: 'true', dependencies: ['extract'], timeout: 60 },
    { id: 'extract', command: 'true', max_retries: 1, retry_delay: 5, retry_jitter: 0 },
    { id: 'report', command: 'true', dependencies: ['load'], env_variables: { OUT: '${BASE}/r' } },
  ],
  env_variables: { BASE: '/srv' },
  default_timeout: 100,
}

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function cli(...args: string[]) {
  const result = spawnSync(BIN, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'es-cli-'))
  execFileSync(process.execPath, [join(WEB, 'scripts', 'build-cli.mjs')], { cwd: WEB })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('executioner-studio lint', () => {
  it('exits 0 and says so for a file the engine accepts', () => {
    const r = cli('lint', file('good.json', JSON.stringify(good, null, 2)))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/good\.json: no problems/)
    expect(r.stdout).toMatch(/1 file checked: 0 errors, 0 warnings, 0 info; all accepted/)
  })

  it('prints file:line:col severity code message and exits 1 when a file has an error', () => {
    const bad = file(
      'bad.json',
      '{\n  "working_dir": "/tmp",\n  "jobs": [\n    {"id": "a", "command": "x", "dependencies": ["ghost"]}\n  ]\n}\n',
    )
    const r = cli('lint', file('good.json', JSON.stringify(good)), bad)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/bad\.json:4:\d+ error \S+ .*ghost/)
    expect(r.stdout).toMatch(/2 files checked: .*1 file the engine would refuse/)
  })

  it('fails on text that is not JSON, with its position, and on a file that cannot be read', () => {
    const r = cli('lint', file('broken.json', '{\n  "jobs": [,]\n}'), join(dir, 'absent.json'))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/broken\.json:2:\d+ error json-syntax/)
    expect(r.stdout).toMatch(/absent\.json: cannot read/)
  })

  it('gives machines JSON with positions and a summary', () => {
    const r = cli(
      'lint',
      '--json',
      file('named.json', JSON.stringify({ ...good, application_name: undefined, name: 'x' })),
    )
    const out = JSON.parse(r.stdout)
    expect(r.code).toBe(0)
    expect(out.summary).toMatchObject({ files: 1, failedFiles: 0, errors: 0 })
    expect(
      out.files[0].diagnostics.some(
        (d: { severity: string; line: number }) => d.severity === 'warning' && d.line === 1,
      ),
    ).toBe(true)
  })

  it('uses the file name like the engine does (application name from the file name)', () => {
    const r = run(
      ['lint', '--json', file('my.pipeline.json', JSON.stringify({ ...good, application_name: undefined }))],
      false,
    )
    const messages = JSON.parse(r.stdout).files[0].diagnostics.map((d: { message: string }) => d.message)
    expect(messages.join('\n')).toContain('"my.pipeline"')
  })

  it('exits 2 on wrong usage', () => {
    expect(cli('lint').code).toBe(2)
    expect(cli('frobnicate', 'x').code).toBe(2)
  })
})

describe('executioner-studio plan', () => {
  it('prints mode, both orders, waves, critical path and settings with their sources', () => {
    const r = cli('plan', file('plan.json', JSON.stringify(good)))
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Execution mode: SEQUENTIAL')
    expect(r.stdout).toMatch(/Sequential order[^\n]*\n {2}1\. extract\n {2}2\. load\n {2}3\. report/)
    expect(r.stdout).toMatch(/Critical path \(worst case 6m 5s\):\n {2}extract → load → report/)
    expect(r.stdout).toMatch(/timeout +100 +default_timeout/)
    expect(r.stdout).toMatch(/retry_backoff +1\.5 +engine default/)
    expect(r.stdout).toMatch(/env OUT=\/srv\/r +job/)
  })

  it('applies the engine flags and --env, and prints JSON for machines', () => {
    const path = file('flags.json', JSON.stringify(good))
    const out = JSON.parse(
      cli('plan', path, '--json', '--parallel', '--workers', '2', '--env', 'BASE=/cli').stdout,
    )
    expect(out.mode.text).toBe('Execution mode: PARALLEL with 2 workers')
    expect(out.waves).toEqual([['extract'], ['load'], ['report']])
    const report = out.jobs.find((j: { id: string }) => j.id === 'report')
    expect(report.environment.find((v: { name: string }) => v.name === 'OUT').value).toBe('/cli/r')
  })

  it('exits 1 when there is nothing to plan', () => {
    expect(cli('plan', file('nojobs.json', '{"working_dir": "/tmp"}')).code).toBe(1)
    expect(cli('plan', file('notjson.json', '{')).code).toBe(1)
    expect(cli('plan', join(dir, 'absent.json')).code).toBe(1)
  })
})
