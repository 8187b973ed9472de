/**
 * Wires the lazily loaded CodeMirror editor to the document and selection stores:
 * - typing → the same edit into the document, at once (the store defers the expensive part);
 * - store changes (canvas, forms, undo) → the minimal change into the editor, cursor kept;
 * - diagnostics → squiggles; `focusPointer` / selected job → scroll, highlight, cursor;
 * - cursor moved into a job → that job is selected (by position: duplicated ids stay apart).
 * Offsets cross between the editor and the document through a LineMap when the file has CRLF line
 * breaks (lineMap.ts): the document keeps the file's line endings byte for byte.
 */
import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { useDarkClass } from '@/composables/darkClass'
import { singleEditBetween } from '@/domain/document/diffText'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { TextEdit } from '@/domain/document/types'
import { parseDocument } from '@/domain/document/parse'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { selectedJob } from '@/stores/selectedJob'
import { applyFixOf } from '@/features/problems/applyQuickFix'
import type { JsonEditor } from './editor/createJsonEditor'
import type { SchemaNode } from './schema/schemaWalk'
import { diagnosticRange } from './diagnosticRange'
import { jobIdAt, jobIndexOf } from './jobPointer'
import { editorText, lineMapFor, type LineMap } from './lineMap'
import { squigglesFor } from './lintBridge'
import { offsetRequest } from './useCodeReveal'

// A glob, not an import: the pane keeps working (without completion and hover) if the file is absent.
const schemaFiles = import.meta.glob<SchemaNode>('../../../../schema/executioner-config.schema.json', {
  import: 'default',
  eager: true,
})

let editorModule: Promise<typeof import('./editor/createJsonEditor')> | null = null
/** The editor's code (CodeMirror, ~130 KB gzip), fetched and compiled once. */
export function loadJsonEditor() {
  editorModule ??= import('./editor/createJsonEditor').catch((error: unknown) => {
    editorModule = null // a later pane tries again
    throw error
  })
  return editorModule
}

export function useJsonEditor(host: Readonly<Ref<HTMLElement | null>>) {
  const doc = useDocumentStore()
  const selection = useSelectionStore()
  const ready = ref(false)
  const failed = ref<string | null>(null)
  const cursor = ref({ line: 1, column: 1 })
  const isDark = useDarkClass()
  const schema = shallowRef<SchemaNode | null>(null)
  let editor: JsonEditor | null = null
  /**
   * The text the editor and the store agree on: every user change is pushed at once and every store
   * change is applied at once, so between two events the editor always holds exactly this.
   */
  let agreed = doc.text
  /** The file (doc.openSeq) the editor holds. */
  let editorFile = doc.openSeq
  /** The editor was given a new text: its first squiggles wait for a task of their own. */
  let squigglesLater = false
  /** Editor ↔ document offsets of `agreed`; null when they are the same (no `\r` in the file). */
  let lines: LineMap | null = lineMapFor(agreed)
  /** Length of `agreed` as the editor holds it. */
  let editorLength = editorText(agreed).length
  const toEditor = (offset: number) => (lines ? lines.toEditor(offset) : offset)
  const toDoc = (offset: number) => (lines ? lines.toDoc(offset) : offset)
  let undoing = false
  /** A job the cursor selected: its selection must not scroll the editor back. */
  let selectedByCursor: string | null = null
  /** Typing changed the text: once its parse reaches the views, check whether it renamed the selected job. */
  let renameCheckPending = false

  /** Send the user's change to the store (one undo step with the keystrokes around it). */
  function push(change: TextEdit | null) {
    if (!editor) return
    const length = editor.view.state.doc.length
    const fits = change !== null && change.offset + change.length <= editorLength
    const typed =
      fits && editorLength - change.length + change.content.length === length
        ? change
        : singleEditBetween(editorText(agreed), editor.text())
    editorLength = length
    if (!typed) return
    const edit = lines ? lines.editToDoc(typed) : typed
    const result = applyWithInverse(agreed, [edit])
    agreed = result.text
    if (lines) lines = lineMapFor(agreed)
    // Checked when the parse is published (not here: reading the parse now would parse a large
    // document inside the keystroke's task). Set first: a small document publishes within apply().
    renameCheckPending = true
    doc.apply(result, 'Edit JSON', 'json')
  }

  /** Typing a job's id renames the job: keep it selected under its new id. */
  function followRename(offset: number) {
    if (selection.jobIds.length !== 1) return
    const parsed = doc.parsed
    if (parsed.syntaxErrors.length > 0) return
    const selected = selection.jobIds[0]!
    const here = jobIdAt(parsed.model, parsed.pointerAt(toDoc(offset)))
    if (here === undefined || here === selected || parsed.model.jobs.some((j) => j.id === selected)) return
    selectedByCursor = here
    selection.renameJob(selected, here)
  }

  function fromStore(next: string) {
    if (!editor) return
    if (doc.openSeq !== editorFile) return loadFile(next)
    if (next === agreed) return
    const before = lines
    lines = lineMapFor(next)
    // In editor terms: with CRLF breaks on either side, compare the texts as the editor holds them.
    const edit =
      before || lines
        ? singleEditBetween(editorText(agreed), editorText(next))
        : singleEditBetween(agreed, next)
    agreed = next
    if (edit) editor.applyExternal(edit, { moveCursor: undoing })
    editorLength = editor.view.state.doc.length
  }

  /** Another file was opened: a new editor state, its squiggles in a task of their own (the text shows first). */
  function loadFile(next: string) {
    if (!editor) return
    editorFile = doc.openSeq
    agreed = next
    lines = lineMapFor(next)
    editor.load(next)
    editorLength = editor.view.state.doc.length
    squigglesLater = true
  }

  function showDiagnostics() {
    if (!editor) return
    // Diagnostics of an older text (a large document is linted after a pause in the edits): CodeMirror
    // keeps mapping the squiggles already shown until they catch up.
    const diagnosedOn = doc.diagnosedParse
    if (diagnosedOn.text !== agreed) return
    const squiggles = squigglesFor(diagnosedOn, doc.diagnostics, (d, fix) => applyFixOf(doc, d, fix))
    editor.setDiagnostics(
      lines ? squiggles.map((d) => ({ ...d, from: toEditor(d.from), to: toEditor(d.to) })) : squiggles,
    )
  }

  function revealPointer(pointer: string, select: boolean) {
    if (!editor) return
    // The whole document while it does not parse means "show me what is wrong": the first error,
    // with the keyboard in the editor to fix it (the forms are read-only meanwhile).
    const syntax = pointer === '' ? doc.parsed.syntaxErrors[0] : undefined
    if (syntax)
      return editor.reveal(toEditor(syntax.offset), toEditor(syntax.offset + syntax.length), {
        select: false,
        focus: true,
      })
    const isJob = jobIndexOf(pointer) !== null && /^\/jobs\/\d+$/.test(pointer)
    const range = isJob ? doc.parsed.rangeOf(pointer) : undefined
    if (range) editor.reveal(toEditor(range.offset), toEditor(range.offset + range.length), { select: false })
    else {
      const { from, to } = diagnosticRange(doc.parsed, pointer)
      editor.reveal(toEditor(from), toEditor(to), { select })
    }
  }

  function onUserSelect(offset: number) {
    const pointer = doc.parsed.pointerAt(toDoc(offset))
    const index = jobIndexOf(pointer)
    const id = jobIdAt(doc.parsed.model, pointer)
    if (index === null || id === undefined) return
    const current = selection.inspector
    if (current.kind === 'job' && selection.jobIds.length === 1 && current.id === id) {
      if (selectedJob(doc.parsed.model.jobs, id, current.index)?.index === index) return
    }
    selectedByCursor = id
    selection.selectJobAt(index, id)
  }

  watch(() => doc.text, fromStore, { flush: 'sync' })
  watch(
    () => [doc.diagnostics, ready.value] as const,
    ([, isReady], [, wasReady]) => {
      // A new editor's or a new file's first squiggles in a task of their own: the text shows first.
      if ((isReady && !wasReady) || squigglesLater) {
        squigglesLater = false
        setTimeout(showDiagnostics, 0)
      } else showDiagnostics()
    },
  )
  watch(
    () => doc.parsed,
    () => {
      if (!renameCheckPending || !editor) return
      renameCheckPending = false
      followRename(editor.view.state.selection.main.head)
    },
    // As the parse is published, before the views update: they render the renamed selection once.
    { flush: 'sync' },
  )
  watch(isDark, (dark) => editor?.setDark(dark))
  watch(
    () => doc.openSeq,
    (seq) => {
      if (seq === editorFile) return // loaded as a new state (loadFile): at the top already
      // The same text opened again: the editor keeps its state, its cursor goes back to the top.
      editorFile = seq
      editor?.resetCursor()
    },
  )
  watch(
    [() => selection.focusPointer?.seq, () => selection.primaryJobId, () => selection.jobIndex],
    ([seq, id, index], [oldSeq, oldId, oldIndex]) => {
      if (seq !== oldSeq && selection.focusPointer) return revealPointer(selection.focusPointer.pointer, true)
      if ((id === oldId && index === oldIndex) || id === null) return
      if (id === selectedByCursor) return void (selectedByCursor = null)
      const job = selectedJob(doc.parsed.model.jobs, id, index)
      if (job) revealPointer(`/jobs/${job.index}`, false)
    },
  )
  watch(offsetRequest, (request) => {
    if (request && editor) {
      const at = toEditor(request.offset)
      editor.reveal(at, at, { select: false, focus: true })
    }
  })

  onMounted(async () => {
    try {
      const { createJsonEditor } = await loadJsonEditor()
      schema.value = Object.values(schemaFiles)[0] ?? null
      if (!host.value) return
      agreed = doc.text
      lines = lineMapFor(agreed)
      editorFile = doc.openSeq
      editor = createJsonEditor(host.value, agreed, isDark.value, {
        schema: () => schema.value,
        parsed: (text) => (text === doc.text ? doc.parsed : parseDocument(text)),
        onUserChange: push,
        onUserSelect,
        onCursor: (line, column) => (cursor.value = { line, column }),
        undo: () => runHistory(() => doc.undo()),
        redo: () => runHistory(() => doc.redo()),
      })
      editorLength = editor.view.state.doc.length
      ready.value = true
    } catch (error) {
      failed.value = error instanceof Error ? error.message : String(error)
    }
  })

  function runHistory(action: () => void) {
    undoing = true
    try {
      action()
    } finally {
      undoing = false
    }
  }

  onBeforeUnmount(() => {
    editor?.destroy()
    editor = null
  })

  return { ready, failed, cursor, focus: () => editor?.view.focus() }
}
