/**
 * Top-level keys the schema does not describe: `_`-prefixed ones are the "commented-out setting"
 * convention (ENGINE.md §1.2); the others are simply ignored by the engine.
 */
export interface ExtraKey {
  key: string
  /** The value as shown: JSON, masked when the name looks like a secret. */
  display: string
  masked: boolean
}

const SECRET_NAME = /pass|secret|token|key/i

export function extraKeys(
  app: Record<string, unknown>,
  isKnown: (key: string) => boolean,
): { disabled: ExtraKey[]; unknown: ExtraKey[] } {
  const disabled: ExtraKey[] = []
  const unknown: ExtraKey[] = []
  for (const [key, value] of Object.entries(app)) {
    if (isKnown(key)) continue
    const masked = SECRET_NAME.test(key) && typeof value === 'string' && value !== ''
    const entry = { key, display: masked ? '••••••••' : JSON.stringify(value), masked }
    ;(key.startsWith('_') ? disabled : unknown).push(entry)
  }
  return { disabled, unknown }
}
