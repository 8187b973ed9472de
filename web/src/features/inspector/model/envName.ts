/** Env variable names the engine accepts (ENGINE.md §4.3), checked before the form writes one. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export function validateEnvName(
  name: string,
  existing: readonly string[],
  previous: string | null,
): string | null {
  if (name === '') return 'Enter a name'
  if (!NAME.test(name))
    return 'Use letters, digits and _ only, not starting with a digit (the engine refuses the file otherwise)'
  if (name !== previous && existing.includes(name)) return `${name} is already defined here`
  return null
}
