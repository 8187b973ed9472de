/**
 * Durations as people say them: "45 s", "20 min 33 s", "3 h 20 min", "2 d 4 h". Only the two
 * largest units: a worst case of three hours is not read to the second.
 */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? 'unbounded' : '—'
  const s = Math.max(0, seconds)
  if (s < 10) return `${Math.round(s * 10) / 10} s`
  if (s < 59.5) return `${Math.round(s)} s`
  if (s < 3600) {
    const total = Math.round(s)
    const [min, sec] = [Math.floor(total / 60), total % 60]
    if (min === 60) return '1 h'
    return sec ? `${min} min ${sec} s` : `${min} min`
  }
  const minutes = Math.round(s / 60)
  const [h, min] = [Math.floor(minutes / 60), minutes % 60]
  if (h < 24) return min ? `${h} h ${min} min` : `${h} h`
  const hours = Math.round(s / 3600)
  const [d, hr] = [Math.floor(hours / 24), hours % 24]
  return hr ? `${d} d ${hr} h` : `${d} d`
}
