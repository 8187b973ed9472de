/**
 * The open document: its text (the source of truth), the parse of it, one undo/redo history for
 * every kind of edit (canvas, forms, JSON typing) and the saved/dirty state.
 *
 * Timing, for a large document (issue 5: 1000 jobs are ~500 KB of JSON, a parse ~20-40 ms, the
 * diagnostics ~15-130 ms, the views' re-render more): an edit changes `text` at once (the JSON pane
 * shows it in the same task), the views get the new parse in a task after that frame is painted, and
 * the diagnostics follow once edits pause, like any linter. Reading `parsed`/`view` meanwhile (a
 * command, a handler) still gives the parse of the CURRENT text, parsed on demand: only the
 * notification of the views is deferred, so nothing ever edits a stale parse.
 * A small document (below LARGE_DOCUMENT_CHARS) keeps everything immediate: it costs a few ms.
 */
import { defineStore } from 'pinia'
import { computed, customRef, getCurrentInstance, ref, shallowRef, type Ref } from 'vue'
import { parseDocument } from '@/domain/document/parse'
import { reparseJob } from '@/domain/document/reparseJob'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { EditResult, ParsedDocument, TextEdit } from '@/domain/document/types'
import { diagnose, type Diagnostic, type QuickFix } from '@/domain/diagnostics'
import { singleEditBetween } from '@/domain/document/diffText'
import { prepareEditing } from '@/domain/document/editor'
import { afterNextPaint, inputPending, whenIdle } from './afterNextPaint'

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

/**
 * From this size on (about 200 generated jobs) an edit's parse reaches the views after the next paint
 * and its diagnostics after a pause; below it both stay synchronous (cheap, and simpler to follow).
 */
export const LARGE_DOCUMENT_CHARS = 100_000
/** Diagnostics of a large document run this long after the last edit (typing does not pay for them). */
export const DIAGNOSE_DELAY_MS = 150
/** Edits kept for an incremental parse before the next parse; beyond that the text is parsed whole. */
const MAX_REPARSE_STEPS = 50
/** The longest the views of a large document wait for queued keystrokes before they update anyway. */
const PUBLISH_MAX_WAIT_MS = 250

function isUsable(doc: ParsedDocument): boolean {
  return doc.syntaxErrors.length === 0 && typeof doc.model.root === 'object' && doc.model.root !== null
}

/** A read-only ref that computes on every read (from a cache of its own) and notifies when `signal` changes. */
function readOnDemand<T>(signal: Ref<number>, get: () => T): Readonly<Ref<T>> {
  return customRef<T>(() => ({
    get() {
      void signal.value
      return get()
    },
    set() {
      throw new Error('read-only')
    },
  }))
}

interface Diagnosis {
  parsed: ParsedDocument
  fileName: string | undefined
  list: Diagnostic[]
}

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

  // The parse, plain (untracked) state read through the on-demand refs below.
  /** `text.value` without making the reader depend on it. */
  let latestText = ''
  /** The parse of `latestText`, null until someone needs it. */
  let latestParse: ParsedDocument | null = null
  /**
   * The last parse made and the single edits made since (each with the text it gave), so the next
   * parse can re-parse only the edited jobs (reparseJob.ts); null after any other kind of change.
   */
  let parseBase: { parse: ParsedDocument; steps: { edit: TextEdit; text: string }[] } | null = null
  let lastValidParse: ParsedDocument | null = null
  /** What the views were last notified of: the parse, and the version they show (the last valid one). */
  let shownParse = parseDocument('')
  let shownLastValid: ParsedDocument | null = null
  /** Bumped when the views must pick up the current parse (at once, or after the next paint). */
  const published = shallowRef(0)
  let cancelPublish: (() => void) | null = null

  /** The parse of `latestText` from `parseBase`, or null when one of its edits is not inside one job. */
  function reparsedFromBase(): ParsedDocument | null {
    let parse: ParsedDocument | null = parseBase?.parse ?? null
    for (const step of parseBase?.steps ?? []) parse = parse && reparseJob(parse, step.edit, step.text)
    return parse?.text === latestText ? parse : null
  }

  function currentParse(): ParsedDocument {
    if (latestParse === null) {
      latestParse = reparsedFromBase() ?? parseDocument(latestText)
      // A text that was valid only for a moment between two keystrokes of a large document may never
      // be parsed: the last valid version is the last one parsed (and shown), which is what matters.
      if (isUsable(latestParse)) lastValidParse = latestParse
    }
    return latestParse
  }

  /**
   * A component rendering between an edit and its publication (re-rendered for another reason, e.g.
   * the dirty marker) shows what the views were last told, rather than parsing a large document inside
   * the edit's task: it renders again when the new parse is published. Handlers, commands and
   * watchers (no component rendering) always get the parse of the current text.
   */
  const inRenderBeforePublish = () => latestParse === null && getCurrentInstance() !== null

  const parsed = readOnDemand(published, () => (inRenderBeforePublish() ? shownParse : currentParse()))
  /** The last parse without syntax errors: the canvas and forms show it while the JSON is broken. */
  const lastValid = readOnDemand(published, () => {
    if (inRenderBeforePublish()) return shownLastValid
    currentParse()
    return lastValidParse
  })
  const view = readOnDemand(published, () => {
    if (inRenderBeforePublish()) return shownLastValid ?? shownParse
    const current = currentParse()
    return lastValidParse ?? current
  })
  const hasSyntaxError = readOnDemand(
    published,
    () => (inRenderBeforePublish() ? shownParse : currentParse()).syntaxErrors.length > 0,
  )

  /**
   * The views' update of a large document (parse and re-render, ~50-150 ms at 1000 jobs) waits while
   * keystrokes are queued, so fast typing is not slowed down by one update per key; at most
   * PUBLISH_MAX_WAIT_MS, so holding a key down does not freeze the canvas and forms.
   */
  let publishDeferredSince = 0
  function publishUnlessTyping() {
    cancelPublish = null
    if (inputPending() && Date.now() - publishDeferredSince < PUBLISH_MAX_WAIT_MS) {
      cancelPublish = afterNextPaint(publishUnlessTyping)
      return
    }
    publishNow()
  }

  function publishNow() {
    cancelPublish?.()
    cancelPublish = null
    shownParse = currentParse()
    shownLastValid = lastValidParse
    published.value++
  }

  // Diagnostics: the last diagnosis, current unless a large document's edit is waiting for its pause.
  let diagnosis: Diagnosis | null = null
  let diagnoseTimer: ReturnType<typeof setTimeout> | undefined
  /** Bumped when `diagnostics` may have changed. */
  const diagnosed = shallowRef(0)

  function currentDiagnosis(): Diagnosis {
    const doc = currentParse()
    const name = fileName.value ?? undefined
    if (diagnosis?.parsed !== doc || diagnosis.fileName !== name)
      diagnosis = { parsed: doc, fileName: name, list: diagnose(doc, { fileName: name }) }
    return diagnosis
  }
  const shownDiagnosis = () =>
    diagnoseTimer !== undefined && diagnosis !== null ? diagnosis : currentDiagnosis()
  const diagnostics = readOnDemand(diagnosed, () => shownDiagnosis().list)
  /** The parse `diagnostics` were computed on (pointers resolve in it, quick-fix offsets are in its text). */
  const diagnosedParse = readOnDemand(diagnosed, () => shownDiagnosis().parsed)

  /** Run the pending diagnostics now (e.g. before saving: the error count must be the current one). */
  function flushDiagnostics() {
    if (diagnoseTimer === undefined) return
    clearTimeout(diagnoseTimer)
    diagnoseTimer = undefined
    currentDiagnosis()
    diagnosed.value++
  }

  /** True when `fix` comes from the diagnostics of the current text: its edits land where they should. */
  function isCurrentFix(fix: QuickFix): boolean {
    flushDiagnostics()
    return currentDiagnosis().list.some((d) => d.fix === fix)
  }

  const isOpen = computed(() => fileName.value !== null || text.value !== '')
  const dirty = computed(() => text.value !== savedText.value)
  const undoLabel = computed(() => undoStack.value.at(-1)?.label ?? null)
  const redoLabel = computed(() => redoStack.value.at(-1)?.label ?? null)

  /** `edits`: what turned the current text into `next`, when known (an incremental parse needs one). */
  function setText(next: string, timing: 'edit' | 'load' = 'edit', edits: readonly TextEdit[] = []) {
    if (latestParse !== null) parseBase = { parse: latestParse, steps: [] }
    if (parseBase && edits.length === 1 && parseBase.steps.length < MAX_REPARSE_STEPS)
      parseBase.steps.push({ edit: edits[0]!, text: next })
    else parseBase = null
    // Before `text` notifies anyone: a synchronous watcher reading `parsed` gets the new text's parse.
    latestText = next
    latestParse = null
    text.value = next
    revision.value++
    if (timing === 'load' || next.length < LARGE_DOCUMENT_CHARS) {
      // Diagnosed on demand, like a computed: whoever reads them first pays.
      clearTimeout(diagnoseTimer)
      diagnoseTimer = undefined
      diagnosed.value++
      publishNow()
      return
    }
    if (!cancelPublish) {
      publishDeferredSince = Date.now()
      cancelPublish = afterNextPaint(publishUnlessTyping)
    }
    // Diagnostics keep showing the previous diagnosis until the edits pause.
    clearTimeout(diagnoseTimer)
    diagnoseTimer = setTimeout(() => {
      diagnoseTimer = undefined
      currentDiagnosis()
      diagnosed.value++
      // When idle: measure the text's formatting for the next command on it (a form edit).
      whenIdle(() => {
        if (latestParse !== null) prepareEditing(latestParse.text)
      })
    }, DIAGNOSE_DELAY_MS)
  }

  /** Open a file (or a new document): resets history; `saved` marks the content as the saved version. */
  function load(content: string, name: string | null, options: { saved?: boolean } = {}) {
    fileName.value = name
    savedText.value = options.saved === false ? '' : content
    undoStack.value = []
    redoStack.value = []
    lastValidParse = null
    diagnosis = null
    // Opening shows the whole file at once (views reset anyway), with its problems.
    setText(content, 'load')
    openSeq.value++
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
    parsed,
    lastValid,
    view,
    fileName,
    savedText,
    revision,
    openSeq,
    isOpen,
    dirty,
    hasSyntaxError,
    diagnostics,
    diagnosedParse,
    flushDiagnostics,
    isCurrentFix,
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
