/** What a command prints and its exit code; `main.ts` writes it, tests assert on it. */
export interface CommandResult {
  stdout: string
  /** Binary output (a PNG) written to standard output instead of `stdout`. */
  bytes?: Uint8Array
  stderr?: string
  code: number
}

type Paint = (text: string) => string

/** ANSI colours only for a terminal that wants them (NO_COLOR is respected by the caller). */
export function paint(enabled: boolean): Record<'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold', Paint> {
  const wrap =
    (open: number, close: number): Paint =>
    (text) =>
      enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  }
}

/** `3h 2m 49.5s`, `45s`, `0s`: durations people read at a glance. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds * 10) / 10
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = Math.round((total % 60) * 10) / 10
  const parts = [h ? `${h}h` : '', h || m ? `${m}m` : '', `${s}s`]
  return parts.filter(Boolean).join(' ')
}
