/**
 * What the user has selected: jobs on the canvas / in the list, or the application settings.
 *
 * Jobs are selected by id (the canvas draws one node per id). A broken file can hold several jobs
 * with one id: the list and the JSON pane then select by POSITION too (`jobIndex`), so the second
 * duplicate is shown and edited as itself. selectedJob.ts resolves both against the current jobs.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** `index`: the job's position when it was picked by position (null: the first job with `id`). */
export type InspectorTarget =
  { kind: 'app' } | { kind: 'job'; id: string; index: number | null } | { kind: 'none' }

export const useSelectionStore = defineStore('selection', () => {
  const jobIds = ref<string[]>([])
  /** Position of the primary job when it was picked by position (list row, JSON cursor). */
  const jobIndex = ref<number | null>(null)
  const showApp = ref(false)
  /**
   * A JSON Pointer the user asked to reveal (problem click, node click), consumed by the editor and
   * forms. `selectText`: the revealed form field's text is selected, ready to be typed over (a new
   * job's id).
   */
  const focusPointer = ref<{ pointer: string; seq: number; selectText?: boolean } | null>(null)
  let seq = 0

  const primaryJobId = computed(() => jobIds.value.at(-1) ?? null)
  const inspector = computed<InspectorTarget>(() => {
    if (showApp.value) return { kind: 'app' }
    return primaryJobId.value
      ? { kind: 'job', id: primaryJobId.value, index: jobIndex.value }
      : { kind: 'none' }
  })

  function selectJobs(ids: string[]) {
    jobIds.value = ids
    jobIndex.value = null
    showApp.value = false
  }
  /** Select the job at `index` (whose id is `id`): the one meant even when its id is duplicated. */
  function selectJobAt(index: number, id: string) {
    jobIds.value = [id]
    jobIndex.value = index
    showApp.value = false
  }
  function toggleJob(id: string) {
    jobIds.value = jobIds.value.includes(id) ? jobIds.value.filter((j) => j !== id) : [...jobIds.value, id]
    jobIndex.value = null
    showApp.value = false
  }
  function selectApp() {
    jobIds.value = []
    jobIndex.value = null
    showApp.value = true
  }
  function clear() {
    jobIds.value = []
    jobIndex.value = null
    showApp.value = false
  }
  /** The last rename followed: the same job under a new id is no new selection (nothing to reveal). */
  let lastRename: { from: string; to: string } | null = null
  /** Rename-aware: keep the selection on a job whose id changed (at the same position). */
  function renameJob(from: string, to: string) {
    lastRename = { from, to }
    jobIds.value = jobIds.value.map((id) => (id === from ? to : id))
  }
  /** Whether the primary selection went from `from` to `to` by following a rename. */
  const wasRenamed = (from: string | null | undefined, to: string | null) =>
    lastRename !== null && lastRename.from === from && lastRename.to === to
  function reveal(pointer: string, options: { selectText?: boolean } = {}) {
    focusPointer.value = { pointer, seq: ++seq, ...options }
  }

  return {
    jobIds,
    jobIndex,
    showApp,
    focusPointer,
    primaryJobId,
    inspector,
    selectJobs,
    selectJobAt,
    toggleJob,
    selectApp,
    clear,
    renameJob,
    wasRenamed,
    reveal,
  }
})
