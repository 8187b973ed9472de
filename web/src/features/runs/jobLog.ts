/**
 * A job's share of a run's console output. The engine names the job in its own log lines, in a few
 * wordings (transcripts/run_*.txt); the job's stdout goes to its own log file, whose path the engine's
 * summary prints ("Log: …/executioner.<app>.job-<id>.run-<n>.log"). The server does not serve that
 * file, so the path is shown for the operator to open.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function mentionPatterns(jobId: string): RegExp[] {
  const id = escape(jobId)
  return [
    new RegExp(`Starting job '${id}'$`),
    new RegExp(`Job '${id}' completed successfully`),
    new RegExp(`Running job: ${id} Command:`),
    new RegExp(`(?:^| - )Job ${id} (?:timed out|failed|post_check|pre_check|succeeded)`),
    new RegExp(`retry job ${id} in `),
    new RegExp(`Retry attempt \\d+/\\d+ for job ${id}$`),
    new RegExp(`Skipping previously successful job: ${id}$`),
    new RegExp(`^\\s+- ${id}: `),
    new RegExp(`\\.job-${id}\\.run-\\d+\\.log$`),
  ]
}

/** The output lines that are about `jobId`, in order (ANSI codes are already removed by the server). */
export function linesForJob(lines: readonly string[], jobId: string): string[] {
  const patterns = mentionPatterns(jobId)
  const mine: string[] = []
  let inSummaryEntry = false
  for (const line of lines) {
    if (patterns.some((p) => p.test(line))) {
      mine.push(line)
      // The summary's entry for a job continues on indented lines ("Reason: …", "Log: …").
      inSummaryEntry = /^\s+- /.test(line)
    } else if (inSummaryEntry && /^\s{4,}\S/.test(line)) mine.push(line)
    else inSummaryEntry = false
  }
  return mine
}

/** The job's own log file as the engine's summary names it, or null. */
export function jobLogPath(lines: readonly string[], jobId: string): string | null {
  const pattern = new RegExp(`Log: (\\S*\\.job-${escape(jobId)}\\.run-\\d+\\.log)$`)
  for (const line of lines) {
    const found = pattern.exec(line.trim())
    if (found) return found[1]!
  }
  return null
}
