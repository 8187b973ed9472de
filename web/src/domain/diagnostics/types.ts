import type { TextEdit } from '../document/types'

export type Severity = 'error' | 'warning' | 'info'

/** A fix that is clear enough to apply with one click. Edits are against the diagnosed text. */
export interface QuickFix {
  title: string
  edits: TextEdit[]
}

/**
 * One problem in a config. `error` = the engine refuses the file; `warning` = it accepts it but
 * will do something surprising; `info` = worth knowing (e.g. `_`-prefixed disabled settings).
 */
export interface Diagnostic {
  code: string
  severity: Severity
  /** RFC 6901 JSON Pointer of the offending value ('' = whole document). */
  path: string
  message: string
  /** The quick fixes, the likeliest first (absent when there is none). */
  fixes?: QuickFix[]
  /** The first of `fixes`, for views that offer one button. */
  fix?: QuickFix
}
