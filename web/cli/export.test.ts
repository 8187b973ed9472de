/**
 * `executioner-studio export` as users run it (the bundle through bin/executioner-studio) on temporary
 * files: pictures with one card per job, PNGs the size of the graph, DAGs to standard output, refusals.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pngDimensions, pngSize } from '../src/domain/export/pngSize'
import { runAsync } from './main'

const WEB = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(WEB, '..', 'bin', 'executioner-studio')
let dir = ''

const config = {
  application_name: 'nightly',
  working_dir: '/tmp',
  jobs: [
    { id: 'extract', command: 'true' },
    { id: 'load data', command: 'true', dependencies: ['extract'] },
    { id: 'report', command: 'true', dependencies: ['extract', 'load data'] },
  ],
}

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return path
}

function cli(...args: string[]) {
  const result = spawnSync(BIN, args, { env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'es-export-'))
  execFileSync(process.execPath, [join(WEB, 'scripts', 'build-cli.mjs')], { cwd: WEB })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('executioner-studio export', () => {
  it('draws an SVG with one card per job and one path per dependency', () => {
    const r = cli('export', file('c.json', config), '--format', 'svg')
    expect(r.code).toBe(0)
    const svg = r.stdout.toString('utf8')
    expect(svg.match(/<g class="job"/g)).toHaveLength(3)
    expect(svg.match(/<path class="dependency"/g)).toHaveLength(3)
    expect(svg).toContain('fill="#f8fafc"')
  })

  it('writes a PNG the size of the graph, dark when asked, to a file or to standard output', () => {
    const svg = cli('export', file('c.json', config), '--format', 'svg', '--theme', 'dark').stdout.toString(
      'utf8',
    )
    const width = Number(/ width="(\d+)"/.exec(svg)![1])
    const height = Number(/ height="(\d+)"/.exec(svg)![1])
    const out = join(dir, 'c.png')
    expect(cli('export', file('c.json', config), '--format', 'png', '--theme', 'dark', '-o', out).code).toBe(
      0,
    )
    const expected = pngSize(width, height)
    expect(pngDimensions(readFileSync(out))).toEqual({ width: expected.width, height: expected.height })
    const piped = cli('export', file('c.json', config), '--format', 'png')
    expect(pngDimensions(piped.stdout)).toEqual({ width: expected.width, height: expected.height })
  })

  it('places cards where a layout file says, and the others automatically', async () => {
    const layout = file('layout.json', { direction: 'TB', positions: { extract: { x: 1000, y: 0 } } })
    const r = await runAsync(['export', file('c.json', config), '--format', 'svg', '--layout', layout], false)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/data-id="extract" transform="translate\(32,32\)"/)
    expect(r.stdout.match(/<g class="job"/g)).toHaveLength(3)
    const bad = await runAsync(
      ['export', file('c.json', config), '--format', 'svg', '--layout', file('x', '[]')],
      false,
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/not a layout file/)
  })

  it('prints a Mermaid flowchart and an Airflow DAG to standard output', () => {
    const mermaid = cli('export', file('c.json', config), '--format', 'mermaid', '--direction', 'TB')
    expect(mermaid.stdout.toString('utf8')).toMatch(/^flowchart TB\n {2}j0\["extract"\]/)
    const dag = cli('export', file('c.json', config), '--format', 'airflow').stdout.toString('utf8')
    expect(dag).toContain('dag_id="nightly"')
    expect(dag.match(/= BashOperator\(/g)).toHaveLength(3)
    expect(dag).toContain('[tasks["extract"], tasks["load_data"]] >> tasks["report"]')
  })

  it('refuses an Airflow export of a config the engine refuses, listing the errors, and wrong usage', () => {
    const broken = { working_dir: '/tmp', jobs: [{ id: 'a', command: 'x', dependencies: ['a'] }] }
    const r = cli('export', file('b.json', broken), '--format', 'airflow')
    expect(r.code).toBe(1)
    expect(r.stdout.length).toBe(0)
    expect(r.stderr).toMatch(/the engine refuses this config, so it is not exported:\n {2}dependency-cycle/)
    expect(cli('export', file('b.json', broken), '--format', 'gif').code).toBe(2)
    expect(cli('export', file('not.json', '{'), '--format', 'svg').stderr).toMatch(/is not valid JSON/)
  })
})
