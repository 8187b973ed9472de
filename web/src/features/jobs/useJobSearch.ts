/**
 * The job search query, shared by the job list (which filters to the matches) and the canvas
 * (which highlights them and dims the others). Cleared when another file opens: a query left from
 * the previous file showed "No job matches." on the new one.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { matchingJobs, stepMatch, type JobMatch } from './jobSearch'

export const useJobSearchStore = defineStore('jobSearch', () => {
  const doc = useDocumentStore()
  const query = ref('')
  /** Position in `matches` of the match last stepped to (-1: none yet). */
  const cursor = ref(-1)
  const active = computed(() => query.value.trim() !== '')
  const matches = computed<JobMatch[]>(() => matchingJobs(doc.view.model.jobs, query.value))

  watch(query, () => (cursor.value = -1))
  watch(
    () => doc.openSeq,
    () => (query.value = ''),
  )

  /** The next (1) or previous (-1) match, which becomes the current one; null when none matches. */
  function step(delta: 1 | -1): JobMatch | null {
    if (!active.value) return null
    cursor.value = stepMatch(cursor.value, matches.value.length, delta)
    return matches.value[cursor.value] ?? null
  }
  function clear() {
    query.value = ''
  }
  return { query, cursor, active, matches, step, clear }
})
