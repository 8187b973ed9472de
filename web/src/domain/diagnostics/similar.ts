/** "Did you mean…?" for misspelt keys, check names and job ids. */

/** Levenshtein distance of `a` and `b`, or `limit` as soon as it cannot be below `limit`. */
function distance(a: string, b: string, limit: number): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!
    prev[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
      if (prev[j]! < rowMin) rowMin = prev[j]!
    }
    // A row's minimum never decreases further down: the distance is at least that.
    if (rowMin >= limit) return limit
  }
  return prev[b.length]!
}

/** The candidate closest to `word` when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1
  for (const candidate of candidates) {
    // The length difference is a lower bound of the distance: most candidates stop here.
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue
    const d = distance(lower, candidate.toLowerCase(), bestDistance)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
