/**
 * Wires the lazily loaded CodeMirror editor to the document and selection stores:
 * - typing → `doc.replaceText` (a minimal edit; large files after a short pause);
 * - store changes (canvas, forms, undo) → the minimal change into the editor, cursor kept;
 * - diagnostics → squiggles; `focusPointer` / selected job → scroll, highlight, cursor;
 * - cursor moved into a job → that job is selected.
 */
import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { useMutationObserver } from '@vueuse/core'
import { singleEditBetween } from '@/domain/document/diffText'
import { parseDocument } from '@/domain/document/parse'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { applyQuickFix } from '@/features/problems/applyQuickFix'
import type { JsonEditor } from './editor/createJsonEditor'
import type { SchemaNode } from './schema/schemaWalk'
import { diagnosticRange } from './diagnosticRange'
import { jobIdAt, jobIndexOf, pointerOfJob } from './jobPointer'
import { squigglesFor } from './lintBridge'
import { rebaseTyping } from './rebaseTyping'
import { offsetRequest } from './useCodeReveal'

/** Above this size, typing is sent to the store after a pause instead of on every keystroke. */
const LARGE_TEXT = 60_000
const LARGE_TEXT_DELAY_MS = 30

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
  /** The last text the editor and the store agreed on. */
  let agreed = doc.text
  let timer: ReturnType<typeof setTimeout> | undefined
  let undoing = false
  /** A job the cursor selected: its selection must not scroll the editor back. */
  let selectedByCursor: string | null = null

  function push() {
    clearTimeout(timer)
    timer = undefined
    if (!editor) return
    const text = editor.text()
    if (text === agreed) return
    agreed = text
    doc.replaceText(text, 'Edit JSON', 'json')
    followRename(editor.view.state.selection.main.head)
  }

  /** Typing a job's id renames the job: keep it selected under its new id. */
  function followRename(offset: number) {
    const parsed = doc.parsed
    if (parsed.syntaxErrors.length > 0 || selection.jobIds.length !== 1) return
    const selected = selection.jobIds[0]!
    const here = jobIdAt(parsed.model, parsed.pointerAt(offset))
    if (here === undefined || here === selected || parsed.model.jobs.some((j) => j.id === selected)) return
    selectedByCursor = here
    selection.renameJob(selected, here)
  }

  function fromStore(next: string) {
    if (!editor || next === agreed) return
    const local = editor.text()
    const rebased = local === agreed ? null : rebaseTyping(agreed, local, next)
    clearTimeout(timer)
    agreed = next
    if (rebased) {
      if (rebased.editorChange) editor.applyExternal(rebased.editorChange)
      push()
      return
    }
    const edit = singleEditBetween(local, next)
    if (edit) editor.applyExternal(edit, { moveCursor: undoing })
  }

  function showDiagnostics() {
    if (!editor || editor.text() !== doc.text) return // stale: CodeMirror maps the old marks meanwhile
    editor.setDiagnostics(squigglesFor(doc.parsed, doc.diagnostics, (fix) => applyQuickFix(doc, fix)))
  }

  function revealPointer(pointer: string, select: boolean) {
    push()
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
    push()
    const id = jobIdAt(doc.parsed.model, doc.parsed.pointerAt(offset))
    if (id === undefined || (selection.jobIds.length === 1 && selection.jobIds[0] === id)) return
    selectedByCursor = id
    selection.selectJobs([id])
  }

  watch(() => doc.text, fromStore, { flush: 'sync' })
  watch(() => [doc.diagnostics, ready.value], showDiagnostics)
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
        onUserChange: (length) => {
          if (length > LARGE_TEXT) {
            clearTimeout(timer)
            timer = setTimeout(push, LARGE_TEXT_DELAY_MS)
          } else push()
        },
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
    push()
    undoing = true
    try {
      action()
    } finally {
      undoing = false
    }
  }

  onBeforeUnmount(() => {
    push()
    clearTimeout(timer)
    editor?.destroy()
    editor = null
  })

  return { ready, failed, cursor, focus: () => editor?.view.focus() }
}
