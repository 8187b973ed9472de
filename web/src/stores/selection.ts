/** What the user has selected: jobs on the canvas / in the list, or the application settings. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

export type InspectorTarget = { kind: 'app' } | { kind: 'job'; id: string } | { kind: 'none' }

export const useSelectionStore = defineStore('selection', () => {
  const jobIds = ref<string[]>([])
  const showApp = ref(false)
  /** A JSON Pointer the user asked to reveal (problem click, node click), consumed by the editor and forms. */
  const focusPointer = ref<{ pointer: string; seq: number } | null>(null)
  let seq = 0

  const primaryJobId = computed(() => jobIds.value.at(-1) ?? null)
  const inspector = computed<InspectorTarget>(() => {
    if (showApp.value) return { kind: 'app' }
    return primaryJobId.value ? { kind: 'job', id: primaryJobId.value } : { kind: 'none' }
  })

  function selectJobs(ids: string[]) {
    jobIds.value = ids
    showApp.value = false
  }
  function toggleJob(id: string) {
    jobIds.value = jobIds.value.includes(id) ? jobIds.value.filter((j) => j !== id) : [...jobIds.value, id]
    showApp.value = false
  }
  function selectApp() {
    jobIds.value = []
    showApp.value = true
  }
  function clear() {
    jobIds.value = []
    showApp.value = false
  }
  /** Rename-aware: keep the selection on a job whose id changed. */
  function renameJob(from: string, to: string) {
    jobIds.value = jobIds.value.map((id) => (id === from ? to : id))
  }
  function reveal(pointer: string) {
    focusPointer.value = { pointer, seq: ++seq }
  }

  return {
    jobIds,
    showApp,
    focusPointer,
    primaryJobId,
    inspector,
    selectJobs,
    toggleJob,
    selectApp,
    clear,
    renameJob,
    reveal,
  }
})
