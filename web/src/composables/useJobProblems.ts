/**
 * Problems per job, from the document's diagnostics: every diagnostic whose JSON Pointer is
 * `/jobs/<index>` or below it counts for the job at that index.
 */
import { computed } from 'vue'
import type { Severity } from '@/domain/diagnostics'
import { useDocumentStore } from '@/stores/document'

export interface JobProblems {
  errors: number
  warnings: number
  infos: number
  /** The most severe level present, null when the job is clean. */
  worst: Severity | null
  messages: string[]
}

const JOB_PATH = /^\/jobs\/(\d+)(?:\/|$)/

export function useJobProblems() {
  const doc = useDocumentStore()
  return computed(() => {
    const byIndex = new Map<number, JobProblems>()
    for (const d of doc.diagnostics) {
      const match = JOB_PATH.exec(d.path)
      if (!match) continue
      const index = Number(match[1])
      const entry = byIndex.get(index) ?? { errors: 0, warnings: 0, infos: 0, worst: null, messages: [] }
      if (d.severity === 'error') entry.errors++
      else if (d.severity === 'warning') entry.warnings++
      else entry.infos++
      entry.worst = entry.errors ? 'error' : entry.warnings ? 'warning' : 'info'
      entry.messages.push(d.message)
      byIndex.set(index, entry)
    }
    return byIndex
  })
}
