/**
 * The overlay store as the cards read it. CanvasView provides it; each JobNode injects it and reads
 * its own entry, tracked per job id (a keyed mirror, as useKeyedLookups does for Vue Flow's lookups):
 * a run event that changes one job re-renders that job's card only, and no card watches the graph.
 * One clock for every running card: `now` ticks once a second while some job runs, and not otherwise.
 */
import {
  computed,
  inject,
  provide,
  shallowRef,
  watch,
  type ComputedRef,
  type InjectionKey,
  type Ref,
} from 'vue'
import { useIntervalFn } from '@vueuse/core'
import { useCanvasOverlayStore } from '@/stores/canvasOverlay'
import { cardOverlays, runningJobs, type CardOverlay } from './cardOverlay'
import { keyedMirror } from './useKeyedLookups'

export interface CardOverlayView {
  /** The card's entry; reading it makes the reader depend on that job only. */
  get(jobId: string): CardOverlay | undefined
  /** A run is shown: cards without a state in it are dimmed. */
  runActive: ComputedRef<boolean>
  /** `Date.now()`, updated once a second while a job runs. */
  now: Readonly<Ref<number>>
  /** Jobs running now, the same Set while that does not change (edges into them animate). */
  running: ComputedRef<ReadonlySet<string>>
}

const KEY: InjectionKey<CardOverlayView> = Symbol('card-overlay')

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id))

export function provideCardOverlay(): CardOverlayView {
  const overlay = useCanvasOverlayStore()
  const { mirror, sync } = keyedMirror<CardOverlay>()
  let entries = new Map<string, CardOverlay>()
  watch(
    () => [overlay.planVisible ? overlay.plan : null, overlay.run] as const,
    ([plan, run]) => {
      entries = cardOverlays(plan, run, entries)
      sync(entries)
    },
    { immediate: true },
  )
  const running = computed<ReadonlySet<string>>((previous) => {
    const next = runningJobs(overlay.run)
    return previous && sameSet(previous, next) ? previous : next
  })
  const now = shallowRef(Date.now())
  const clock = useIntervalFn(() => (now.value = Date.now()), 1000, { immediate: false })
  watch(
    () => running.value.size > 0,
    (any) => {
      if (!any) return clock.pause()
      now.value = Date.now()
      clock.resume()
    },
    { immediate: true },
  )
  const view: CardOverlayView = {
    get: (jobId) => mirror.get(jobId),
    runActive: computed(() => overlay.run !== null),
    now,
    running,
  }
  provide(KEY, view)
  return view
}

export function useCardOverlay(): CardOverlayView | undefined {
  return inject(KEY, undefined)
}
