/** The text of a new config: only the keys the user gave, plus the `jobs` array the engine requires. */
export function newConfigText(applicationName: string, workingDir: string): string {
  const value: Record<string, unknown> = {}
  if (applicationName.trim()) value.application_name = applicationName.trim()
  value.working_dir = workingDir.trim()
  value.jobs = []
  return JSON.stringify(value, null, 2) + '\n'
}

/** `Nightly ETL` → `nightly-etl.json`: the engine derives the application name from the file name. */
export function fileNameFor(applicationName: string): string {
  const base = applicationName
    .trim()
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return (base || 'untitled') + '.json'
}
