// Small statistics helpers: nearest-rank percentiles over samples, medians over runs.

export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

export const median = (values) => percentile(values, 50)

export const round = (v, digits = 0) => (v === null || v === undefined ? null : Number(v.toFixed(digits)))
