/** Applying a diagnostic's quick fix: one undoable step labelled with the fix's title. */
import type { Diagnostic, QuickFix } from '@/domain/diagnostics/types'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { useDocumentStore } from '@/stores/document'

type DocumentStore = ReturnType<typeof useDocumentStore>

/**
 * The fix's edits are offsets into the text it was diagnosed on. A fix from an older diagnosis (the
 * text changed since, e.g. a large document's diagnostics are still catching up) would land in the
 * wrong place: it is not applied (false), and the problems shown are brought up to date instead.
 */
export function applyQuickFix(doc: DocumentStore, fix: QuickFix): boolean {
  if (!doc.isCurrentFix(fix)) return false
  doc.apply(applyWithInverse(doc.text, fix.edits), fix.title, 'form')
  return true
}

/**
 * What a quick-fix button does, wherever it is shown (Problems panel, JSON pane tooltip): the fix
 * it was made with when that is still current, else the same fix (same problem, same title) of the
 * current diagnosis, so a button shown before the last edit is never dead. False when the problem
 * is gone.
 */
export function applyFixOf(doc: DocumentStore, diagnostic: Diagnostic, fix: QuickFix): boolean {
  if (applyQuickFix(doc, fix)) return true
  const same = doc.diagnostics
    .filter((d) => d.code === diagnostic.code && d.path === diagnostic.path)
    .flatMap((d) => d.fixes ?? [])
    .find((f) => f.title === fix.title)
  return same !== undefined && applyQuickFix(doc, same)
}
