/**
 * The open document: its text (the source of truth), one undo/redo history for every kind of edit
 * (canvas, forms, JSON typing) and the saved/dirty state. The parse of the text and its diagnostics,
 * and when the views see them after an edit, are documentParse.ts.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { EditResult, TextEdit } from '@/domain/document/types'
import { singleEditBetween } from '@/domain/document/diffText'
import { createDocumentParse } from './documentParse'

export { DIAGNOSE_DELAY_MS, LARGE_DOCUMENT_CHARS } from './documentParse'

export type EditOrigin = 'canvas' | 'form' | 'json' | 'file' | 'layout'

/**
 * A change that lives outside the text (e.g. node positions, which never enter the config) but
 * must sit in the same undo history as text edits: the user sees ONE history.
 */
export interface ExternalChange {
  undo: () => void
  redo: () => void
}

interface HistoryEntry {
  label: string
  origin: EditOrigin
  /** Steps applied in order; each is a set of simultaneous edits and the edits that undo it. */
  steps: { edits: TextEdit[]; inverse: TextEdit[] }[]
  /** Non-text side of the entry, undone after / redone before the text steps. */
  external?: ExternalChange
  at: number
}

/** JSON keystrokes closer together than this are one undo step, like in any text editor. */
const TYPING_MERGE_MS = 800

export const useDocumentStore = defineStore('document', () => {
  const text = shallowRef('')
  const fileName = ref<string | null>(null)
  const savedText = ref('')
  const undoStack = shallowRef<HistoryEntry[]>([])
  const redoStack = shallowRef<HistoryEntry[]>([])
  /** Bumped on every text change; lets views skip work when nothing changed. */
  const revision = ref(0)
  /** Bumped each time a file (or a new document) is loaded: views reset their per-file state. */
  const openSeq = ref(0)

  /** The parse, the diagnostics, and when the views see them. */
  const views = createDocumentParse(fileName)

  const isOpen = computed(() => fileName.value !== null || text.value !== '')
  const dirty = computed(() => text.value !== savedText.value)
  const undoLabel = computed(() => undoStack.value.at(-1)?.label ?? null)
  const redoLabel = computed(() => redoStack.value.at(-1)?.label ?? null)

  /** `edits`: what turned the current text into `next`, when known (an incremental parse needs one). */
  function setText(next: string, timing: 'edit' | 'load' = 'edit', edits: readonly TextEdit[] = []) {
    views.textWillChange(next, edits)
    text.value = next
    revision.value++
    views.textChanged(next, timing)
  }

  /** Open a file (or a new document): resets history; `saved` marks the content as the saved version. */
  function load(content: string, name: string | null, options: { saved?: boolean } = {}) {
    fileName.value = name
    savedText.value = options.saved === false ? '' : content
    undoStack.value = []
    redoStack.value = []
    views.reset()
    // Bumped first: what follows the text as it changes (the JSON editor) knows it is a new file.
    openSeq.value++
    // Opening shows the whole file at once (views reset anyway), with its problems.
    setText(content, 'load')
  }

  /** Record and apply the result of a domain edit command. */
  function apply(result: EditResult, label: string, origin: EditOrigin) {
    if (result.text === text.value) return
    const top = undoStack.value.at(-1)
    const now = Date.now()
    const merge = origin === 'json' && top?.origin === 'json' && now - top.at < TYPING_MERGE_MS
    const step = { edits: result.edits, inverse: result.inverse }
    const entry: HistoryEntry = merge
      ? { ...top!, steps: [...top!.steps, step], at: now }
      : { label, origin, steps: [step], at: now }
    undoStack.value = merge ? [...undoStack.value.slice(0, -1), entry] : [...undoStack.value, entry]
    redoStack.value = []
    setText(result.text, 'edit', result.edits)
  }

  /**
   * Record a change that is not a text edit (layout), or attach one to a text edit so both are undone
   * together (e.g. "Add job" + its position on the canvas). The change itself is already applied.
   */
  function record(label: string, external: ExternalChange, results: EditResult[] = []) {
    // Each result was computed on the text left by the previous one.
    const steps = results.map((r) => ({ edits: r.edits, inverse: r.inverse }))
    const entry: HistoryEntry = {
      label,
      origin: steps.length > 0 ? 'canvas' : 'layout',
      steps,
      external,
      at: Date.now(),
    }
    undoStack.value = [...undoStack.value, entry]
    redoStack.value = []
    const last = results.at(-1)
    if (last && last.text !== text.value) setText(last.text)
  }

  /** Replace the external side of the newest entry (merging a burst of arrow-key moves). */
  function amendExternal(external: ExternalChange) {
    const top = undoStack.value.at(-1)
    if (!top) return
    undoStack.value = [...undoStack.value.slice(0, -1), { ...top, external, at: Date.now() }]
  }

  /** Apply several dependent edits (each computed on the previous result's text) as one undo step. */
  function applyAll(results: EditResult[], label: string, origin: EditOrigin) {
    const last = results.at(-1)
    if (!last || last.text === text.value) return
    const steps = results.map((r) => ({ edits: r.edits, inverse: r.inverse }))
    undoStack.value = [...undoStack.value, { label, origin, steps, at: Date.now() }]
    redoStack.value = []
    setText(last.text)
  }

  /** Replace the whole text (e.g. from the JSON editor) as one minimal edit. */
  function replaceText(next: string, label: string, origin: EditOrigin) {
    const edit = singleEditBetween(text.value, next)
    if (edit) apply(applyWithInverse(text.value, [edit]), label, origin)
  }

  function undo() {
    const entry = undoStack.value.at(-1)
    if (!entry) return
    undoStack.value = undoStack.value.slice(0, -1)
    redoStack.value = [...redoStack.value, entry]
    let next = text.value
    for (const step of [...entry.steps].reverse()) next = applyWithInverse(next, step.inverse).text
    if (next !== text.value) setText(next)
    entry.external?.undo()
  }

  function redo() {
    const entry = redoStack.value.at(-1)
    if (!entry) return
    redoStack.value = redoStack.value.slice(0, -1)
    undoStack.value = [...undoStack.value, entry]
    entry.external?.redo()
    let next = text.value
    for (const step of entry.steps) next = applyWithInverse(next, step.edits).text
    if (next !== text.value) setText(next)
  }

  function markSaved(name?: string) {
    if (name) fileName.value = name
    savedText.value = text.value
  }

  return {
    text,
    parsed: views.parsed,
    lastValid: views.lastValid,
    view: views.view,
    fileName,
    savedText,
    revision,
    openSeq,
    isOpen,
    dirty,
    hasSyntaxError: views.hasSyntaxError,
    diagnostics: views.diagnostics,
    diagnosedParse: views.diagnosedParse,
    flushDiagnostics: views.flushDiagnostics,
    isCurrentFix: views.isCurrentFix,
    undoLabel,
    redoLabel,
    load,
    apply,
    record,
    amendExternal,
    applyAll,
    replaceText,
    undo,
    redo,
    markSaved,
  }
})
