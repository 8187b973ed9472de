/** Short human durations for the status bar, the job view and the timeline's axis. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—'
  if (seconds < 10) return `${Number(seconds.toFixed(1))} s`
  if (seconds < 60) return `${Math.round(seconds)} s`
  const total = Math.round(seconds)
  if (total < 3600) {
    const s = total % 60
    return `${Math.floor(total / 60)} min${s ? ` ${s} s` : ''}`
  }
  const m = Math.floor((total % 3600) / 60)
  return `${Math.floor(total / 3600)} h${m ? ` ${m} min` : ''}`
}
