/** Badge colours for engine statuses (SUCCESS, FAILED, TIMEOUT, RUNNING, …). */
export function statusTone(status: string | null | undefined): string {
  switch (status) {
    case 'SUCCESS':
      return 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-200'
    case 'RUNNING':
      return 'bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-200'
    case 'SKIPPED':
    case 'CANCELLED':
      return 'bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300'
    case 'TIMEOUT':
    case 'LOST':
    case 'POSTCHECK_FAILED':
      return 'bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-200'
    default:
      return 'bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-200'
  }
}
