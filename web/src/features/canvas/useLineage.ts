/**
 * Lineage on the canvas ("Lineage" on the canvas toolbar, L): the selected job's upstream and
 * downstream jobs and the edges between them stay as they are, everything else is dimmed (the
 * search highlight's dimming, useSearchHighlight.ts). Hovering a card raises its own edges.
 *
 * Plain shared refs, as canvasFocus.ts: the toolbar, the shortcut, the cards and the edges read them.
 */
import { computed, ref, shallowRef } from 'vue'
import { dependencyIndex } from '@/domain/graph/dependencyIndex'
import { lineageOf, type Lineage } from '@/domain/graph/lineage'
import type { JobModel } from '@/domain/document/types'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'

export const lineageShown = ref(false)
/** The job whose card the pointer is over (its edges are raised), or null. */
export const hoveredJob = shallowRef<string | null>(null)

export function toggleLineage() {
  lineageShown.value = !lineageShown.value
}

/** How a card reads in the lineage view. */
export type LineageLook = 'self' | 'upstream' | 'downstream' | 'outside'

export interface ShownLineage extends Lineage {
  id: string
  /** The job and its whole lineage: the cards and edges left undimmed. */
  members: ReadonlySet<string>
}

/** One index per parse (each makes a new jobs array). */
const indexes = new WeakMap<readonly JobModel[], ReturnType<typeof dependencyIndex>>()
function indexOf(jobs: readonly JobModel[]) {
  let index = indexes.get(jobs)
  if (!index) {
    index = dependencyIndex(
      jobs.flatMap((j) => (j.id === undefined ? [] : [{ id: j.id, dependencies: j.dependencies }])),
    )
    indexes.set(jobs, index)
  }
  return index
}

/** The lineage shown now: null while the toggle is off or no job is selected. */
export function useShownLineage() {
  const doc = useDocumentStore()
  const selection = useSelectionStore()
  return computed<ShownLineage | null>(() => {
    const id = selection.primaryJobId
    if (!lineageShown.value || id === null) return null
    const lineage = lineageOf(indexOf(doc.view.model.jobs), id)
    if (!lineage) return null
    return { id, ...lineage, members: new Set([id, ...lineage.upstream, ...lineage.downstream]) }
  })
}

export function lineageLook(shown: ShownLineage, jobId: string): LineageLook {
  if (jobId === shown.id) return 'self'
  if (shown.upstream.has(jobId)) return 'upstream'
  if (shown.downstream.has(jobId)) return 'downstream'
  return 'outside'
}
