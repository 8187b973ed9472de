/**
 * Command-line entry, bundled for Node by `scripts/build-cli.mjs` into `dist-cli/executioner-studio.mjs`
 * and started by `bin/executioner-studio`. Same domain code as the web app.
 * Exit codes: 0 fine, 1 a file failed (lint) or could not be planned, 2 wrong usage.
 */
import { parseArgs } from 'node:util'
import { lintCommand } from './lint'
import type { CommandResult } from './output'
import { planCommand } from './plan'

const USAGE = `usage: executioner-studio lint FILE... [--json]
       executioner-studio plan FILE [--json] [--sequential] [--parallel] [--workers N] [--env K=V]...
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

// Run only as the program itself, not when a test imports `run`.
if (process.argv[1] && /executioner-studio\.mjs$|cli[\\/]main\.ts$/.test(process.argv[1])) {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  const result = run(process.argv.slice(2), color)
  process.stdout.write(result.stdout)
  if (result.stderr) process.stderr.write(result.stderr)
  process.exitCode = result.code
}
