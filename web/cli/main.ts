/**
 * Command-line entry, bundled for Node by `scripts/build-cli.mjs` into `dist-cli/executioner-studio.mjs`
 * and started by `bin/executioner-studio`. Same domain code as the web app.
 * Exit codes: 0 fine, 1 a file failed (lint) or could not be planned, 2 wrong usage.
 */
import { parseArgs } from 'node:util'
import { exportCommand, FORMATS, type Format } from './export'
import { lintCommand } from './lint'
import type { CommandResult } from './output'
import { planCommand } from './plan'

const USAGE = `usage: executioner-studio lint FILE... [--json]
       executioner-studio plan FILE [--json] [--sequential] [--parallel] [--workers N] [--env K=V]...
       executioner-studio export FILE --format svg|png|mermaid|airflow [--theme light|dark]
                                 [--direction LR|TB] [--layout POSITIONS.json] [-o OUT]
`

export function run(argv: readonly string[], color: boolean): CommandResult {
  const [command, ...rest] = argv
  if (command === '--help' || command === '-h') return { stdout: USAGE, code: 0 }
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        sequential: { type: 'boolean', default: false },
        parallel: { type: 'boolean', default: false },
        workers: { type: 'string' },
        env: { type: 'string', multiple: true, default: [] },
      },
    })
  } catch (e) {
    return { stdout: '', stderr: `${(e as Error).message}\n${USAGE}`, code: 2 }
  }
  const { values, positionals } = parsed
  if (command === 'lint' && positionals.length > 0) {
    return lintCommand(positionals, values.json, color && !values.json)
  }
  if (command === 'plan' && positionals.length === 1) {
    const workers = values.workers === undefined ? undefined : Number(values.workers)
    if (workers !== undefined && !Number.isInteger(workers)) {
      return { stdout: '', stderr: `--workers needs an integer\n${USAGE}`, code: 2 }
    }
    return planCommand({
      file: positionals[0]!,
      json: values.json,
      color: color && !values.json,
      overrides: { sequential: values.sequential, parallel: values.parallel, workers },
      env: values.env,
    })
  }
  return { stdout: '', stderr: USAGE, code: 2 }
}

const usage = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n${USAGE}`, code: 2 })

/** `export` (asynchronous: it loads the layout and the PNG renderer on demand); every other command through `run`. */
export async function runAsync(argv: readonly string[], color: boolean): Promise<CommandResult> {
  const [command, ...rest] = argv
  if (command !== 'export') return run(argv, color)
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        theme: { type: 'string', default: 'light' },
        direction: { type: 'string' },
        layout: { type: 'string' },
        output: { type: 'string', short: 'o' },
      },
    })
  } catch (e) {
    return usage((e as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) return usage('export takes one config file')
  if (!FORMATS.includes(values.format as Format))
    return usage(`--format must be one of ${FORMATS.join(', ')}`)
  if (values.theme !== 'light' && values.theme !== 'dark') return usage('--theme must be light or dark')
  const direction = values.direction?.toUpperCase()
  if (direction !== undefined && direction !== 'LR' && direction !== 'TB')
    return usage('--direction must be LR or TB')
  return exportCommand({
    file: positionals[0]!,
    format: values.format as Format,
    theme: values.theme,
    ...(direction ? { direction } : {}),
    ...(values.layout ? { layout: values.layout } : {}),
    ...(values.output ? { out: values.output } : {}),
  })
}

// Run only as the program itself, not when a test imports `run`.
if (process.argv[1] && /executioner-studio\.mjs$|cli[\\/]main\.ts$/.test(process.argv[1])) {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  void runAsync(process.argv.slice(2), color).then((result) => {
    if (result.bytes && process.stdout.isTTY) {
      process.stderr.write('a PNG is binary: write it with -o FILE or redirect the output\n')
      process.exitCode = 2
      return
    }
    if (result.bytes) process.stdout.write(result.bytes)
    else process.stdout.write(result.stdout)
    if (result.stderr) process.stderr.write(result.stderr)
    process.exitCode = result.code
  })
}
