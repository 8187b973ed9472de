/**
 * A short highlight on what was just revealed (a node clicked, a problem clicked), fading out so it
 * draws the eye without staying in the way. Whole lines for a block (a job), a mark for a value.
 */
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

const MAX_LINES = 400
const FLASH_MS = 2200

const setFlash = StateEffect.define<DecorationSet | null>()

const lineFlash = Decoration.line({ class: 'cm-revealFlash' })
const markFlash = Decoration.mark({ class: 'cm-revealFlash' })

function decorate(view: EditorView, from: number, to: number): DecorationSet {
  const doc = view.state.doc
  const first = doc.lineAt(from)
  const last = doc.lineAt(Math.max(from, to))
  const builder = new RangeSetBuilder<Decoration>()
  if (first.number === last.number) {
    if (to > from) builder.add(from, to, markFlash)
    else builder.add(first.from, first.from, lineFlash)
    return builder.finish()
  }
  for (let n = first.number; n <= Math.min(last.number, first.number + MAX_LINES); n++) {
    const line = doc.line(n)
    builder.add(line.from, line.from, lineFlash)
  }
  return builder.finish()
}

const flashField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes)
    for (const effect of tr.effects) {
      if (effect.is(setFlash)) next = effect.value ?? Decoration.none
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

export const revealFlashExtension: Extension = flashField

const timers = new WeakMap<EditorView, ReturnType<typeof setTimeout>>()

/** Highlight `[from, to)` for a moment. */
export function flashRange(view: EditorView, from: number, to: number): void {
  view.dispatch({ effects: setFlash.of(decorate(view, from, to)) })
  clearTimeout(timers.get(view))
  timers.set(
    view,
    setTimeout(() => view.dispatch({ effects: setFlash.of(null) }), FLASH_MS),
  )
}
