/** Shared look of text-like controls, so every field has the same height, border and focus ring. */
export const INPUT_CLASS =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 placeholder:text-slate-400 ' +
  'shadow-xs outline-none transition-colors focus:border-accent-500 focus:ring-2 focus:ring-accent-500/25 ' +
  'disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 ' +
  'dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500 dark:disabled:bg-slate-800/60'

export const INVALID_CLASS = 'border-red-500 focus:border-red-500 focus:ring-red-500/25 dark:border-red-500'
