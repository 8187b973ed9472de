/**
 * How a job's run state looks: label, icon and colours (card border, state pill, the card's background
 * when zoomed far out, and the icon's colour in the run panel's lists). One table, so the card, the
 * canvas legend, the run panel and the tests agree.
 */
import type { Component } from 'vue'
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

export interface RunStateLook {
  label: string
  icon: Component
  /** The icon turns (a job at work). */
  spin: boolean
  /** Border of the card. */
  border: string
  /** The state pill: background and text. */
  pill: string
  /** The whole card's background, zoomed far out where only colour is readable. */
  tiny: string
  /** The icon's colour beside a job in a list (run panel, inspector). */
  tone: string
}

const LOOKS: Record<JobRunState, RunStateLook> = {
  queued: {
    label: 'Queued',
    icon: Clock,
    spin: false,
    border: 'border-slate-300 dark:border-slate-600',
    pill: 'bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300',
    tiny: 'bg-slate-100 dark:bg-slate-800',
    tone: 'text-slate-400',
  },
  running: {
    label: 'Running',
    icon: LoaderCircle,
    spin: true,
    border: 'border-accent-500 dark:border-accent-500',
    pill: 'bg-accent-50 text-accent-700 dark:bg-accent-500/20 dark:text-accent-100',
    tiny: 'bg-accent-100 dark:bg-accent-500/30',
    tone: 'text-accent-600 dark:text-accent-500',
  },
  retrying: {
    label: 'Retrying',
    icon: RotateCw,
    spin: false,
    border: 'border-amber-400 dark:border-amber-500',
    pill: 'bg-amber-50 text-amber-700 dark:bg-amber-500/15 dark:text-amber-300',
    tiny: 'bg-amber-100 dark:bg-amber-500/25',
    tone: 'text-amber-500',
  },
  succeeded: {
    label: 'Succeeded',
    icon: CircleCheck,
    spin: false,
    border: 'border-emerald-400 dark:border-emerald-500/70',
    pill: 'bg-emerald-50 text-emerald-700 dark:bg-emerald-500/15 dark:text-emerald-300',
    tiny: 'bg-emerald-100 dark:bg-emerald-500/25',
    tone: 'text-emerald-600 dark:text-emerald-400',
  },
  failed: {
    label: 'Failed',
    icon: CircleX,
    spin: false,
    border: 'border-red-500 dark:border-red-500',
    pill: 'bg-red-50 text-red-700 dark:bg-red-500/15 dark:text-red-300',
    tiny: 'bg-red-100 dark:bg-red-500/30',
    tone: 'text-red-600 dark:text-red-400',
  },
  timed_out: {
    label: 'Timed out',
    icon: TimerOff,
    spin: false,
    border: 'border-orange-500 dark:border-orange-500',
    pill: 'bg-orange-50 text-orange-700 dark:bg-orange-500/15 dark:text-orange-300',
    tiny: 'bg-orange-100 dark:bg-orange-500/30',
    tone: 'text-orange-600 dark:text-orange-400',
  },
  skipped: {
    label: 'Skipped',
    icon: SkipForward,
    spin: false,
    border: 'border-dashed border-slate-400 dark:border-slate-500',
    pill: 'bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400',
    tiny: 'bg-slate-50 dark:bg-slate-900',
    tone: 'text-slate-400',
  },
  cancelled: {
    label: 'Cancelled',
    icon: Ban,
    spin: false,
    border: 'border-slate-400 dark:border-slate-500',
    pill: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
    tiny: 'bg-slate-200 dark:bg-slate-700',
    tone: 'text-slate-500',
  },
}

/** The states in the order a run goes through them (the legend's order). */
export const RUN_STATES = Object.keys(LOOKS) as JobRunState[]

export function runStateLook(state: JobRunState): RunStateLook {
  return LOOKS[state]
}

/** "0:42", "12:05", "1:02:03": a running job's time so far. */
export function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
  const two = (n: number) => String(n).padStart(2, '0')
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}
