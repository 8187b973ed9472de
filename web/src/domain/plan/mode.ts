/**
 * Sequential or parallel, and how many workers (ENGINE.md §1.1 `parallel`, `max_workers`; §8.1
 * `--sequential`, `--parallel`, `--workers`). Neither key is validated: `parallel` goes through Python
 * truthiness and `max_workers` ≤ 0 becomes 1.
 */
import { pyStr } from '../env/pyStr'
import { DEFAULT_MAX_WORKERS } from './engineDefaults'
import { isPyNumber, pyNumberValue, pyTruthy } from './python'

/** The engine's command-line flags that change the mode. */
export interface ModeOverrides {
  parallel?: boolean
  /** Wins over `parallel` when both are given. */
  sequential?: boolean
  /** `--workers N`: used only when N > 0. */
  workers?: number
}

export interface ExecutionMode {
  parallel: boolean
  /** Jobs submitted per wave: the engine fills slots while `max_workers - running > 0`, so 2.5 gives 3. */
  slots: number
  /** The line the engine's dry-run prints, e.g. `Execution mode: PARALLEL with 3 workers`. */
  text: string
  /** Where `parallel` came from. */
  parallelSource: 'parallel' | 'engine default' | '--parallel' | '--sequential'
  /** Surprises worth telling the user (truthiness, coerced worker counts). */
  notes: string[]
  /** Set when the engine crashes on these settings before running anything. */
  crash?: string
}

export function executionMode(app: Record<string, unknown>, overrides: ModeOverrides = {}): ExecutionMode {
  const notes: string[] = []
  const hasParallel = Object.prototype.hasOwnProperty.call(app, 'parallel')
  let parallel = hasParallel ? pyTruthy(app.parallel) : false
  let parallelSource: ExecutionMode['parallelSource'] = hasParallel ? 'parallel' : 'engine default'
  if (hasParallel && typeof app.parallel !== 'boolean') {
    notes.push(
      `parallel is ${pyStr(app.parallel)}, not a boolean: Python truthiness makes it ${parallel ? 'ON' : 'OFF'}`,
    )
  }
  if (overrides.sequential) [parallel, parallelSource] = [false, '--sequential']
  else if (overrides.parallel) [parallel, parallelSource] = [true, '--parallel']

  const written = Object.prototype.hasOwnProperty.call(app, 'max_workers')
    ? app.max_workers
    : DEFAULT_MAX_WORKERS
  let crash: string | undefined
  let workers: number | boolean = DEFAULT_MAX_WORKERS
  if (!isPyNumber(written)) {
    crash = `max_workers ${pyStr(written)} is not a number: the engine crashes at load (TypeError)`
  } else if (pyNumberValue(written) <= 0) {
    notes.push(`max_workers ${pyStr(written)} is silently changed to ${DEFAULT_MAX_WORKERS}`)
  } else {
    workers = written
  }
  if (overrides.workers !== undefined && overrides.workers > 0) workers = overrides.workers

  const slots = Math.max(1, Math.ceil(pyNumberValue(workers)))
  if (!parallel && pyNumberValue(workers) > 1) notes.push('max_workers has no effect: parallel mode is off')
  const text = parallel
    ? `Execution mode: PARALLEL with ${pyStr(workers)} workers`
    : 'Execution mode: SEQUENTIAL'
  const mode: ExecutionMode = { parallel, slots, text, parallelSource, notes }
  if (crash) mode.crash = crash
  return mode
}
