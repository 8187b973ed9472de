/** Icon, colour and words for each job run state, shared by the run panel, job view and status bar. */
import {
  Ban,
  CircleCheck,
  CircleX,
  Clock,
  LoaderCircle,
  RotateCw,
  SkipForward,
  TimerOff,
} from 'lucide-vue-next'
import type { JobRunState } from '@/stores/canvasOverlay'

export const runStateLook: Record<JobRunState, { icon: unknown; tone: string; label: string }> = {
  queued: { icon: Clock, tone: 'text-slate-400', label: 'Queued' },
  running: { icon: LoaderCircle, tone: 'text-sky-600 animate-spin dark:text-sky-400', label: 'Running' },
  retrying: { icon: RotateCw, tone: 'text-amber-500', label: 'Retrying' },
  succeeded: { icon: CircleCheck, tone: 'text-emerald-600 dark:text-emerald-400', label: 'Succeeded' },
  failed: { icon: CircleX, tone: 'text-red-600 dark:text-red-400', label: 'Failed' },
  timed_out: { icon: TimerOff, tone: 'text-orange-600 dark:text-orange-400', label: 'Timed out' },
  skipped: { icon: SkipForward, tone: 'text-slate-400', label: 'Skipped' },
  cancelled: { icon: Ban, tone: 'text-slate-500', label: 'Cancelled' },
}

/** SVG fill classes per try status, for the timeline's bars and the trend's cells. */
export function tryFill(status: string): string {
  switch (status) {
    case 'SUCCESS':
      return 'fill-emerald-500 dark:fill-emerald-400'
    case 'RUNNING':
      return 'fill-sky-500 dark:fill-sky-400'
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
