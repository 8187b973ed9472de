/** Applying a diagnostic's quick fix: one undoable step labelled with the fix's title. */
import type { QuickFix } from '@/domain/diagnostics/types'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { useDocumentStore } from '@/stores/document'

/**
 * The fix's edits are offsets into the text it was diagnosed on. A fix from an older diagnosis (the
 * text changed since, e.g. a large document's diagnostics are still catching up) would land in the
 * wrong place: it is not applied (false), and the problems shown are brought up to date instead.
 */
export function applyQuickFix(doc: ReturnType<typeof useDocumentStore>, fix: QuickFix): boolean {
  if (!doc.isCurrentFix(fix)) return false
  doc.apply(applyWithInverse(doc.text, fix.edits), fix.title, 'form')
  return true
}
