/**
 * Never lose work: while the document has unsaved changes, its text is autosaved (debounced) in
 * IndexedDB under the file's name, and offered back after a reload or a crash. The draft keeps the
 * saved text too, so a restored document is still dirty against what is on disk, and the version it
 * was based on (a workspace file's `version`): restored, the document saves against THAT version,
 * so the save just works when the file did not change, and a real change on disk since is a real
 * conflict (compared with the draft), never a false one.
 */
import { ref, shallowRef, watch } from 'vue'
import { watchDebounced } from '@vueuse/core'
import { createStore, del, entries, set } from 'idb-keyval'
import { useDocumentStore } from '@/stores/document'

/** Where the document of a draft came from: a workspace file at a version. */
export interface DraftBase {
  kind: 'workspace'
  path: string
  version: string
}

export interface Draft {
  fileName: string
  text: string
  savedText: string
  /** Absent in drafts of browser files (and in drafts written before versions were kept). */
  base?: DraftBase | null
  at: number
}

/** Set by the workspace (when served by the server): what the open document is based on, and how to reopen it. */
export interface DraftSource {
  current(): DraftBase | null
  /** Open `draft.savedText` as the file at `draft.base` (saving back there against its version). */
  reopen(draft: Draft & { base: DraftBase }): Promise<void>
}

const DEBOUNCE_MS = 600
const store = createStore('executioner-studio', 'drafts')
const offered = ref<Draft | null>(null)
const source = shallowRef<DraftSource | null>(null)
let settleSource: () => void = () => undefined
/** Resolved once the app knows whether a workspace serves it (a draft restored earlier waits for it). */
const sourceSettled = new Promise<void>((resolve) => (settleSource = resolve))

/** Called once at start-up by the workspace host: the source when served by the server, else null. */
export function provideDraftSource(value: DraftSource | null) {
  source.value = value
  settleSource()
}

export function useDrafts() {
  const doc = useDocumentStore()

  function keyOf(name: string | null) {
    return name ?? 'untitled.json'
  }

  async function latest(): Promise<Draft | null> {
    const all = (await entries<string, Draft>(store)).map(([, draft]) => draft)
    return all.sort((a, b) => b.at - a.at)[0] ?? null
  }

  /** A draft that can be put back on what is open now (same saved text), or re-based on its own version. */
  function restorable(draft: Draft | undefined): Draft | null {
    if (!draft || draft.text === doc.text) return null
    return draft.savedText === doc.savedText || draft.base ? draft : null
  }

  /** Start autosaving, and offer the newest draft if the app starts with nothing open. */
  async function start() {
    watchDebounced(
      () => [doc.text, doc.fileName] as const,
      ([text, name]) => {
        if (!doc.isOpen) return
        if (doc.dirty) {
          const base = source.value?.current() ?? null
          const draft: Draft = { fileName: keyOf(name), text, savedText: doc.savedText, base, at: Date.now() }
          void set(keyOf(name), draft, store)
        } else void del(keyOf(name), store)
      },
      { debounce: DEBOUNCE_MS, maxWait: DEBOUNCE_MS * 5 },
    )
    // Opening a file that has a draft with other content: offer it.
    watch(
      () => doc.openSeq,
      async () => {
        const name = keyOf(doc.fileName)
        offered.value = restorable((await entries<string, Draft>(store)).find(([key]) => key === name)?.[1])
      },
    )
    if (!doc.isOpen) offered.value = await latest()
  }

  async function restore() {
    const draft = offered.value
    if (!draft) return
    offered.value = null
    const base = draft.base
    if (base) await sourceSettled
    if (base && source.value) await source.value.reopen({ ...draft, base })
    else if (doc.fileName !== draft.fileName || doc.savedText !== draft.savedText)
      doc.load(draft.savedText, draft.fileName)
    doc.replaceText(draft.text, 'Restore unsaved changes', 'file')
  }

  async function discard() {
    const draft = offered.value
    offered.value = null
    if (draft) await del(draft.fileName, store)
  }

  return { offered, start, restore, discard }
}
