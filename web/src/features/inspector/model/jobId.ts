/**
 * What the form accepts as a new job id. The engine itself accepts an empty id but crashes on `/`
 * when the job starts (ENGINE.md §2); duplicates are refused at load.
 */
export function validateJobId(id: string, otherIds: readonly (string | undefined)[]): string | null {
  if (id === '') return 'Enter an id'
  if (id.includes('/'))
    return 'An id cannot contain “/”: the engine crashes when it creates the job’s log file'
  if (otherIds.includes(id)) return `Another job is already called “${id}”`
  return null
}
