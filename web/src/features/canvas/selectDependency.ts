/** Selecting a job from one of its dependencies drawn on the canvas (a missing job's stub). */
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'

/** Select `jobId` and reveal its dependency on `dependency` in the JSON (where its problem is reported). */
export function selectDependency(jobId: string, dependency: string) {
  const doc = useDocumentStore()
  const selection = useSelectionStore()
  const job = doc.view.model.jobs.find((j) => j.id === jobId)
  selection.selectJobs([jobId])
  if (!job) return
  const deps = (job.raw as { dependencies?: unknown }).dependencies
  const at = Array.isArray(deps) ? deps.indexOf(dependency) : -1
  selection.reveal(at >= 0 ? `/jobs/${job.index}/dependencies/${at}` : `/jobs/${job.index}`)
}
