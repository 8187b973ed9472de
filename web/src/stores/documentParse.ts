/**
 * The parse of the open document's text and its diagnostics, and WHEN the views see them.
 *
 * Timing, for a large document (issue 5: 1000 jobs are ~500 KB of JSON): an edit changes the text at
 * once (the JSON pane shows it in the same task); the views get the new parse in a task after that
 * frame is painted (an edit inside one job re-parses only that job: reparseJob.ts), and the
 * diagnostics follow once edits pause, like any linter. Reading `parsed`/`view` meanwhile (a command,
 * a handler) still gives the parse of the CURRENT text, parsed on demand: only the notification of the
 * views is deferred, so nothing ever edits a stale parse. A small document (below
 * LARGE_DOCUMENT_CHARS) keeps everything immediate: it costs a few ms.
 *
 * Used by the document store (document.ts), which owns the text, its history and the file.
 */
import { customRef, getCurrentInstance, shallowRef, type Ref } from 'vue'
import { parseDocument } from '@/domain/document/parse'
import { reparseJob } from '@/domain/document/reparseJob'
import type { ParsedDocument, TextEdit } from '@/domain/document/types'
import { diagnose, type Diagnostic, type QuickFix } from '@/domain/diagnostics'
import { renameMemory } from '@/domain/diagnostics/trackRenames'
import { prepareEditing } from '@/domain/document/editor'
import { afterNextPaint, inputPending, whenIdle } from './afterNextPaint'

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

/** `fileName`: the open file's name (some diagnostics depend on it). */
export function createDocumentParse(fileName: Readonly<Ref<string | null>>) {
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

  /** Job ids renamed by typing: a dependency left on the old id is offered the new one. */
  const renames = renameMemory()

  function currentDiagnosis(): Diagnosis {
    const doc = currentParse()
    const name = fileName.value ?? undefined
    if (diagnosis?.parsed !== doc || diagnosis.fileName !== name) {
      const renamedIds = isUsable(doc) ? renames.see(doc.model) : renames.current()
      diagnosis = { parsed: doc, fileName: name, list: diagnose(doc, { fileName: name, renamedIds }) }
    }
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
    return currentDiagnosis().list.some((d) => d.fixes?.includes(fix))
  }

  /**
   * Before the text changes (its synchronous watchers read `parsed` and must get the new text's
   * parse). `edits`: what turned the current text into `next`, when known (an incremental parse
   * needs one).
   */
  function textWillChange(next: string, edits: readonly TextEdit[]) {
    if (latestParse !== null) parseBase = { parse: latestParse, steps: [] }
    if (parseBase && edits.length === 1 && parseBase.steps.length < MAX_REPARSE_STEPS)
      parseBase.steps.push({ edit: edits[0]!, text: next })
    else parseBase = null
    // Before `text` notifies anyone: a synchronous watcher reading `parsed` gets the new text's parse.
    latestText = next
    latestParse = null
  }

  /** After the text changed: publish the parse now or after the next paint, and schedule the diagnostics. */
  function textChanged(next: string, timing: 'edit' | 'load') {
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

  /** A file is opened: nothing of the previous one is shown or diagnosed any more. */
  function reset() {
    lastValidParse = null
    diagnosis = null
    renames.reset()
  }

  return {
    parsed,
    lastValid,
    view,
    hasSyntaxError,
    diagnostics,
    diagnosedParse,
    flushDiagnostics,
    isCurrentFix,
    textWillChange,
    textChanged,
    reset,
  }
}
