/** Job run states look the same in the run panel as on the canvas cards: one table. */
export { runStateLook } from '@/features/canvas/runStateLook'

/** SVG fill classes per try status, for the timeline's bars and the trend's cells. */
export function tryFill(status: string): string {
  switch (status) {
    case 'SUCCESS':
      return 'fill-emerald-500 dark:fill-emerald-400'
    case 'RUNNING':
      return 'fill-accent-500'
    case 'TIMEOUT':
      return 'fill-orange-500 dark:fill-orange-400'
    case 'POSTCHECK_FAILED':
      return 'fill-amber-500 dark:fill-amber-400'
    case 'CANCELLED':
    case 'SKIPPED':
      return 'fill-slate-400 dark:fill-slate-500'
    default:
      return 'fill-red-500 dark:fill-red-400'
  }
}
