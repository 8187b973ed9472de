/**
 * What a job inherits from the engine's own environment (ENGINE.md §4.5, `inherit_shell_env`):
 * everything (absent or `true`), nothing (`false`), the 18 default names (`"default"`), or exactly
 * the listed names. Config and CLI variables are laid over the inherited ones.
 */
import { DEFAULT_INHERITED_NAMES } from '../plan/engineDefaults'
import { pyStr } from './pyStr'

export interface ShellInheritance {
  mode: 'all' | 'none' | 'default' | 'custom' | 'invalid'
  /** The names that pass the filter, when set in the engine's environment (`default` and `custom`). */
  names?: readonly string[]
  source: 'inherit_shell_env' | 'engine default'
  description: string
}

export function shellInheritance(app: Record<string, unknown>): ShellInheritance {
  if (!Object.prototype.hasOwnProperty.call(app, 'inherit_shell_env')) {
    return {
      mode: 'all',
      source: 'engine default',
      description: 'inherits the whole environment of the engine process',
    }
  }
  const value = app.inherit_shell_env
  const source = 'inherit_shell_env'
  if (value === true)
    return { mode: 'all', source, description: 'inherits the whole environment of the engine process' }
  if (value === false) {
    return {
      mode: 'none',
      source,
      description: 'inherits nothing: only config and CLI variables (plus PWD from sh)',
    }
  }
  if (value === 'default') {
    return {
      mode: 'default',
      names: DEFAULT_INHERITED_NAMES,
      source,
      description: `inherits only ${DEFAULT_INHERITED_NAMES.join(', ')} (when set)`,
    }
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    const names = value as string[]
    return {
      mode: 'custom',
      names,
      source,
      description: names.length
        ? `inherits only ${names.join(', ')} (when set)`
        : 'inherits nothing (empty list)',
    }
  }
  return { mode: 'invalid', source, description: `${pyStr(value)} is refused by the engine` }
}
