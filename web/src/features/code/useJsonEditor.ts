/**
 * Wires the lazily loaded CodeMirror editor to the document and selection stores:
 * - typing → the same edit into the document, at once (the store defers the expensive part);
 * - store changes (canvas, forms, undo) → the minimal change into the editor, cursor kept;
 * - diagnostics → squiggles; `focusPointer` / selected job → scroll, highlight, cursor;
 * - cursor moved into a job → that job is selected.
 */
import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { useMutationObserver } from '@vueuse/core'
import { singleEditBetween } from '@/domain/document/diffText'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { TextEdit } from '@/domain/document/types'
import { parseDocument } from '@/domain/document/parse'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { applyFixOf } from '@/features/problems/applyQuickFix'
import type { JsonEditor } from './editor/createJsonEditor'
import type { SchemaNode } from './schema/schemaWalk'
import { diagnosticRange } from './diagnosticRange'
import { jobIdAt, jobIndexOf, pointerOfJob } from './jobPointer'
import { squigglesFor } from './lintBridge'
import { offsetRequest } from './useCodeReveal'

// A glob, not an import: the pane keeps working (without completion and hover) if the file is absent.
const schemaFiles = import.meta.glob<SchemaNode>('../../../../schema/executioner-config.schema.json', {
  import: 'default',
  eager: true,
})

export function useJsonEditor(host: Readonly<Ref<HTMLElement | null>>) {
  const doc = useDocumentStore()
  const selection = useSelectionStore()
  const ready = ref(false)
  const failed = ref<string | null>(null)
  const cursor = ref({ line: 1, column: 1 })
  const isDark = ref(document.documentElement.classList.contains('dark'))
  const schema = shallowRef<SchemaNode | null>(null)
  let editor: JsonEditor | null = null
  /**
   * The text the editor and the store agree on: every user change is pushed at once and every store
   * change is applied at once, so between two events the editor always holds exactly this.
   */
  let agreed = doc.text
  let undoing = false
  /** A job the cursor selected: its selection must not scroll the editor back. */
  let selectedByCursor: string | null = null
  /** Typing changed the text: once its parse reaches the views, check whether it renamed the selected job. */
  let renameCheckPending = false

  /** Send the user's change to the store (one undo step with the keystrokes around it). */
  function push(change: TextEdit | null) {
    if (!editor) return
    const length = editor.view.state.doc.length
    const fits = change !== null && change.offset + change.length <= agreed.length
    const edit =
      fits && agreed.length - change.length + change.content.length === length
        ? change
        : singleEditBetween(agreed, editor.text())
    if (!edit) return
    const result = applyWithInverse(agreed, [edit])
    agreed = result.text
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
    const here = jobIdAt(parsed.model, parsed.pointerAt(offset))
    if (here === undefined || here === selected || parsed.model.jobs.some((j) => j.id === selected)) return
    selectedByCursor = here
    selection.renameJob(selected, here)
  }

  function fromStore(next: string) {
    if (!editor || next === agreed) return
    const edit = singleEditBetween(agreed, next)
    agreed = next
    if (edit) editor.applyExternal(edit, { moveCursor: undoing })
  }

  function showDiagnostics() {
    if (!editor) return
    // Diagnostics of an older text (a large document is linted after a pause in the edits): CodeMirror
    // keeps mapping the squiggles already shown until they catch up.
    const diagnosedOn = doc.diagnosedParse
    if (diagnosedOn.text !== agreed) return
    editor.setDiagnostics(squigglesFor(diagnosedOn, doc.diagnostics, (d, fix) => applyFixOf(doc, d, fix)))
  }

  function revealPointer(pointer: string, select: boolean) {
    if (!editor) return
    // The whole document while it does not parse means "show me what is wrong": the first error,
    // with the keyboard in the editor to fix it (the forms are read-only meanwhile).
    const syntax = pointer === '' ? doc.parsed.syntaxErrors[0] : undefined
    if (syntax)
      return editor.reveal(syntax.offset, syntax.offset + syntax.length, { select: false, focus: true })
    const isJob = jobIndexOf(pointer) !== null && /^\/jobs\/\d+$/.test(pointer)
    const range = isJob ? doc.parsed.rangeOf(pointer) : undefined
    if (range) editor.reveal(range.offset, range.offset + range.length, { select: false })
    else {
      const { from, to } = diagnosticRange(doc.parsed, pointer)
      editor.reveal(from, to, { select })
    }
  }

  function onUserSelect(offset: number) {
    const id = jobIdAt(doc.parsed.model, doc.parsed.pointerAt(offset))
    if (id === undefined || (selection.jobIds.length === 1 && selection.jobIds[0] === id)) return
    selectedByCursor = id
    selection.selectJobs([id])
  }

  watch(() => doc.text, fromStore, { flush: 'sync' })
  watch(() => [doc.diagnostics, ready.value], showDiagnostics)
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
    () => editor?.resetCursor(),
  )
  watch([() => selection.focusPointer?.seq, () => selection.primaryJobId], ([seq, id], [oldSeq, oldId]) => {
    if (seq !== oldSeq && selection.focusPointer) return revealPointer(selection.focusPointer.pointer, true)
    if (id === oldId || id === null) return
    if (id === selectedByCursor) return void (selectedByCursor = null)
    const pointer = pointerOfJob(doc.parsed.model, id)
    if (pointer) revealPointer(pointer, false)
  })
  watch(offsetRequest, (request) => {
    if (request && editor) editor.reveal(request.offset, request.offset, { select: false, focus: true })
  })
  useMutationObserver(
    document.documentElement,
    () => (isDark.value = document.documentElement.classList.contains('dark')),
    { attributes: true, attributeFilter: ['class'] },
  )

  onMounted(async () => {
    try {
      const { createJsonEditor } = await import('./editor/createJsonEditor')
      schema.value = Object.values(schemaFiles)[0] ?? null
      if (!host.value) return
      agreed = doc.text
      editor = createJsonEditor(host.value, agreed, isDark.value, {
        schema: () => schema.value,
        parsed: (text) => (text === doc.text ? doc.parsed : parseDocument(text)),
        onUserChange: push,
        onUserSelect,
        onCursor: (line, column) => (cursor.value = { line, column }),
        undo: () => runHistory(() => doc.undo()),
        redo: () => runHistory(() => doc.redo()),
      })
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
