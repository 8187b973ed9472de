/**
 * `inherit_shell_env` (ENGINE.md §4.5): absent or `true` = the whole environment, `false` = nothing,
 * `"default"` = a fixed list of common names, an array = exactly those names. Anything else is refused.
 */
import { DEFAULT_INHERITED_NAMES } from '@/domain/plan/engineDefaults'

export type InheritMode = 'all' | 'none' | 'common' | 'custom' | 'invalid'

export interface InheritState {
  mode: InheritMode
  /** The names of a custom list (empty otherwise). */
  names: string[]
  /** True when the key is absent and the engine default (all) applies. */
  isDefault: boolean
}

export function inheritStateOf(value: unknown, present: boolean): InheritState {
  if (!present) return { mode: 'all', names: [], isDefault: true }
  if (value === true) return { mode: 'all', names: [], isDefault: false }
  if (value === false) return { mode: 'none', names: [], isDefault: false }
  if (value === 'default') return { mode: 'common', names: [], isDefault: false }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return { mode: 'custom', names: value as string[], isDefault: false }
  }
  return { mode: 'invalid', names: [], isDefault: false }
}

/**
 * The JSON value for a mode the user picked. Switching to "custom" starts from the names the current
 * mode already inherits, so the user edits a list instead of starting from nothing.
 */
export function inheritValueFor(mode: Exclude<InheritMode, 'invalid'>, previous: InheritState): unknown {
  switch (mode) {
    case 'all':
      return true
    case 'none':
      return false
    case 'common':
      return 'default'
    case 'custom':
      if (previous.mode === 'custom') return previous.names
      return previous.mode === 'common' ? [...DEFAULT_INHERITED_NAMES] : []
  }
}
