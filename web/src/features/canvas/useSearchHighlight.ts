/**
 * Job search as the cards read it: 'match' or 'dim' per job while a query is typed; otherwise, while
 * the lineage is shown (useLineage.ts), where each job stands in the selected job's lineage. CanvasView
 * provides it; each JobNode reads its own entry, tracked per job id (keyedMirror, as the card
 * overlay does): a keystroke re-renders only the cards whose look changed, and no card watches
 * the query or the job list.
 */
import { inject, provide, watch, type InjectionKey } from 'vue'
import { useJobSearchStore } from '@/features/jobs/useJobSearch'
import { useDocumentStore } from '@/stores/document'
import { keyedMirror } from './useKeyedLookups'
import { lineageLook, useShownLineage, type LineageLook } from './useLineage'

export type SearchLook = 'match' | 'dim' | LineageLook
export interface SearchHighlight {
  get(jobId: string): SearchLook | undefined
}

const KEY: InjectionKey<SearchHighlight> = Symbol('search-highlight')

export function provideSearchHighlight(): SearchHighlight {
  const search = useJobSearchStore()
  const doc = useDocumentStore()
  const lineage = useShownLineage()
  const { mirror, sync } = keyedMirror<SearchLook>()
  // The search is what the user does now: it outranks the lineage while a query is typed.
  watch(
    () => [search.active, search.matches, lineage.value] as const,
    ([active, matches, shown]) => {
      const looks = new Map<string, SearchLook>()
      if (active) {
        const hits = new Set(matches.map((m) => m.id))
        for (const job of doc.view.model.jobs)
          if (job.id !== undefined) looks.set(job.id, hits.has(job.id) ? 'match' : 'dim')
      } else if (shown) {
        for (const job of doc.view.model.jobs)
          if (job.id !== undefined) looks.set(job.id, lineageLook(shown, job.id))
      }
      sync(looks)
    },
    { immediate: true },
  )
  const view: SearchHighlight = { get: (jobId) => mirror.get(jobId) }
  provide(KEY, view)
  return view
}

export function useSearchHighlight(): SearchHighlight | undefined {
  return inject(KEY, undefined)
}
