/**
 * The CodeMirror 6 editor of the JSON pane, loaded on demand (dynamic import) so the app's first
 * bundle stays small. It knows nothing about stores: the pane feeds it text, diagnostics and reveal
 * requests, and hears about user edits and cursor moves through hooks.
 *
 * CodeMirror's own history is left out on purpose: undo/redo go to the document store, so canvas,
 * form and JSON edits share one history.
 */
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete'
import { defaultKeymap, indentWithTab } from '@codemirror/commands'
import { json } from '@codemirror/lang-json'
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language'
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint'
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search'
import {
  Annotation,
  Compartment,
  EditorSelection,
  EditorState,
  type ChangeSet,
  type Extension,
} from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import type { TextEdit } from '@/domain/document/types'
import { flashRange, revealFlashExtension } from './revealFlash'
import { schemaCompletion, schemaHover, type SchemaSupportOptions } from './schemaSupport'
import { darkTheme, lightTheme } from './theme'
import { isEditorUndo } from './keys'
import { parseInSlices } from './parseInSlices'

export type { CmDiagnostic }

/** An external edit this large is parsed in slices (parseInSlices.ts) rather than by CodeMirror's worker. */
const LARGE_INSERT_CHARS = 20_000

export interface JsonEditorHooks extends SchemaSupportOptions {
  /**
   * The user changed the text (typing, paste, completion). `edit` is the change against the text
   * before it when it is one contiguous change (so a 500 KB document need not be serialised and
   * compared on every keystroke), null otherwise (e.g. several cursors).
   */
  onUserChange: (edit: TextEdit | null) => void
  /** The user moved the cursor with the mouse or keyboard (not caused by a reveal or an external edit). */
  onUserSelect: (offset: number) => void
  /** The cursor moved for any reason: line and column for the status line. */
  onCursor: (line: number, column: number) => void
  undo: () => void
  redo: () => void
}

export interface JsonEditor {
  view: EditorView
  text: () => string
  /** Another file: its text replaces the editor's state (cursor and scroll at the top, no squiggles). */
  load: (text: string) => void
  /** Apply an edit made elsewhere (canvas, form, undo) without touching the rest of the text. */
  applyExternal: (edit: TextEdit, options?: { moveCursor?: boolean }) => void
  setDiagnostics: (diagnostics: CmDiagnostic[]) => void
  /** Scroll to a range, put the cursor there (or select it) and flash it; takes focus only if asked. */
  reveal: (from: number, to: number, options: { select: boolean; focus?: boolean }) => void
  setDark: (dark: boolean) => void
  /** A different file is open: cursor and scroll back to the top. */
  resetCursor: () => void
  destroy: () => void
}

/** The change set as one text edit, when it is a single contiguous change. */
function singleChange(changes: ChangeSet): TextEdit | null {
  let edit: TextEdit | null = null
  let count = 0
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    count++
    edit = { offset: fromA, length: toA - fromA, content: inserted.toString() }
  })
  return count === 1 ? edit : null
}

/** Marks transactions that carry edits from the store, so they are not echoed back to it. */
const fromStore = Annotation.define<boolean>()

export function createJsonEditor(
  parent: HTMLElement,
  text: string,
  dark: boolean,
  hooks: JsonEditorHooks,
): JsonEditor {
  const themeSlot = new Compartment()
  /** Empty while the editor waits for its first file (see load). */
  const languageSlot = new Compartment()
  /** The editor was created empty, before any file: the first one comes in as an edit (see load). */
  let waitingForFirstFile = text === ''
  const reportCursor = (state: EditorState) => {
    const head = state.selection.main.head
    const line = state.doc.lineAt(head)
    hooks.onCursor(line.number, head - line.from + 1)
  }

  // Built once for every state (load): the language and the theme go between these two, in their
  // compartments (load, setDark).
  const extensions = [
    lintGutter(),
    lineNumbers(),
    foldGutter(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    autocompletion({ override: [schemaCompletion(hooks)], icons: false }),
    schemaHover(hooks),
    revealFlashExtension,
  ]
  const rest = [
    EditorView.contentAttributes.of({ 'aria-label': 'Config JSON', 'data-testid': 'json-editor-content' }),
    EditorView.domEventHandlers({
      // Handled here rather than in a keymap to stop the event: the app's own Ctrl+Z must not run too.
      keydown(event) {
        const which = isEditorUndo(event)
        if (!which) return false
        event.preventDefault()
        event.stopPropagation()
        if (which === 'undo') hooks.undo()
        else hooks.redo()
        return true
      },
    }),
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...foldKeymap,
      ...completionKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    // The first text into an editor made empty gets the language with it (a file loaded, or typed).
    EditorState.transactionExtender.of((tr) => {
      if (!waitingForFirstFile || !tr.docChanged) return null
      waitingForFirstFile = false
      return { effects: languageSlot.reconfigure(json()) }
    }),
    EditorView.updateListener.of((update) => {
      const own = update.transactions.filter((tr) => !tr.annotation(fromStore))
      if (update.docChanged && own.some((tr) => !tr.changes.empty))
        hooks.onUserChange(own.length === update.transactions.length ? singleChange(update.changes) : null)
      if (update.selectionSet && own.some((tr) => tr.isUserEvent('select')))
        hooks.onUserSelect(update.state.selection.main.head)
      if (update.selectionSet || update.docChanged) reportCursor(update.state)
    }),
  ]
  let isDark = dark
  const stateFor = (doc: string, language: Extension) =>
    EditorState.create({
      doc,
      extensions: [
        extensions,
        languageSlot.of(language),
        themeSlot.of(isDark ? darkTheme : lightTheme),
        rest,
      ],
    })
  const view = new EditorView({ state: stateFor(text, waitingForFirstFile ? [] : json()), parent })
  reportCursor(view.state)
  let stopParsing = parseInSlices(view)
  /** Known from the scroll events, so a new file need not read (and lay out) the page to know it. */
  let scrolledDown = false
  view.scrollDOM.addEventListener('scroll', () => (scrolledDown = view.scrollDOM.scrollTop > 0), {
    passive: true,
  })

  return {
    view,
    text: () => view.state.doc.toString(),
    applyExternal(edit, options = {}) {
      const end = edit.offset + edit.content.length
      view.dispatch({
        changes: { from: edit.offset, to: edit.offset + edit.length, insert: edit.content },
        annotations: [fromStore.of(true)],
        ...(options.moveCursor ? { selection: EditorSelection.cursor(end), scrollIntoView: true } : {}),
      })
      // Another file opened into the pane (or a large paste elsewhere): its parse in slices too.
      if (edit.content.length >= LARGE_INSERT_CHARS) {
        stopParsing()
        stopParsing = parseInSlices(view)
      }
    },
    load(next) {
      stopParsing()
      if (waitingForFirstFile) {
        // The first file into the editor made empty before any file: one edit keeps what the view
        // measured (line height, so its first frame does not lay the lines out twice), and the
        // language, added with it, parses only the first screenful now (as when creating an editor;
        // in an edit of a parsed text CodeMirror would parse up to 20 ms of it).
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: next },
          selection: EditorSelection.cursor(0),
          annotations: [fromStore.of(true)],
        })
      } else {
        // A new state, as when the editor is created: CodeMirror parses only the first screenful now
        // (an edit replacing a parsed text would parse up to 20 ms of it in this task).
        view.setState(stateFor(next, json())) // the cursor at the start
        if (scrolledDown) view.dispatch({ effects: EditorView.scrollIntoView(0, { y: 'start' }) })
      }
      reportCursor(view.state)
      stopParsing = parseInSlices(view)
    },
    setDiagnostics(diagnostics) {
      // Always replaced, never skipped as "unchanged": CodeMirror maps the squiggles through edits but
      // not the lint gutter's markers (a fixed problem's marker stayed), and the quick-fix actions
      // must be the current diagnosis's.
      view.dispatch(setDiagnostics(view.state, diagnostics))
    },
    reveal(from, to, { select, focus = false }) {
      const length = view.state.doc.length
      const a = Math.min(from, length)
      const b = Math.min(Math.max(to, a), length)
      view.dispatch({
        selection: select ? EditorSelection.range(b, a) : EditorSelection.cursor(a), // head at the start
        effects: EditorView.scrollIntoView(a, { y: 'center' }),
      })
      flashRange(view, a, b)
      if (focus) view.focus()
    },
    resetCursor() {
      view.dispatch({
        selection: EditorSelection.cursor(0),
        effects: EditorView.scrollIntoView(0, { y: 'start' }),
      })
    },
    setDark(dark) {
      isDark = dark
      view.dispatch({ effects: themeSlot.reconfigure(dark ? darkTheme : lightTheme) })
    },
    destroy() {
      stopParsing()
      view.destroy()
    },
  }
}
