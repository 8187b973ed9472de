/**
 * Never lose work: while the document has unsaved changes, its text is autosaved (debounced) in
 * IndexedDB under the file's name, and offered back after a reload or a crash. The draft keeps the
 * saved text too, so a restored document is still dirty against what is on disk.
 */
import { ref, watch } from 'vue'
import { watchDebounced } from '@vueuse/core'
import { createStore, del, entries, set } from 'idb-keyval'
import { useDocumentStore } from '@/stores/document'

export interface Draft {
  fileName: string
  text: string
  savedText: string
  at: number
}

const DEBOUNCE_MS = 600
const store = createStore('executioner-studio', 'drafts')
const offered = ref<Draft | null>(null)

export function useDrafts() {
  const doc = useDocumentStore()

  function keyOf(name: string | null) {
    return name ?? 'untitled.json'
  }

  async function latest(): Promise<Draft | null> {
    const all = (await entries<string, Draft>(store)).map(([, draft]) => draft)
    return all.sort((a, b) => b.at - a.at)[0] ?? null
  }

  /** Start autosaving, and offer the newest draft if the app starts with nothing open. */
  async function start() {
    watchDebounced(
      () => [doc.text, doc.fileName] as const,
      ([text, name]) => {
        if (!doc.isOpen) return
        if (doc.dirty)
          void set(
            keyOf(name),
            { fileName: keyOf(name), text, savedText: doc.savedText, at: Date.now() },
            store,
          )
        else void del(keyOf(name), store)
      },
      { debounce: DEBOUNCE_MS, maxWait: DEBOUNCE_MS * 5 },
    )
    // Opening a file that has a draft with other content: offer it.
    watch(
      () => doc.openSeq,
      async () => {
        const name = keyOf(doc.fileName)
        const draft = (await entries<string, Draft>(store)).find(([key]) => key === name)?.[1]
        offered.value = draft && draft.text !== doc.text && draft.savedText === doc.savedText ? draft : null
      },
    )
    if (!doc.isOpen) offered.value = await latest()
  }

  function restore() {
    const draft = offered.value
    if (!draft) return
    offered.value = null
    if (doc.fileName !== draft.fileName || doc.savedText !== draft.savedText)
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
