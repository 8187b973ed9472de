/**
 * The engine's `--env` parsing (ENGINE.md §4.4): each occurrence is split on `,`, each piece trimmed
 * and split on its first `=`; a piece with an empty name or value is skipped with a warning; later
 * duplicates win. Values cannot contain commas. Names are not validated.
 */
export function parseCliEnv(occurrences: readonly string[]): {
  values: Record<string, string>
  skipped: string[]
} {
  const values: Record<string, string> = {}
  const skipped: string[] = []
  for (const occurrence of occurrences) {
    for (const piece of occurrence.split(',').map((p) => p.trim())) {
      if (!piece) continue
      const eq = piece.indexOf('=')
      const name = eq < 0 ? '' : piece.slice(0, eq)
      const value = eq < 0 ? '' : piece.slice(eq + 1)
      if (!name || !value) skipped.push(piece)
      else values[name] = value
    }
  }
  return { values, skipped }
}
