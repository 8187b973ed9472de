/** Applying a diagnostic's quick fix: one undoable step labelled with the fix's title. */
import type { QuickFix } from '@/domain/diagnostics/types'
import { applyWithInverse } from '@/domain/document/textEdits'
import type { useDocumentStore } from '@/stores/document'

export function applyQuickFix(doc: ReturnType<typeof useDocumentStore>, fix: QuickFix): void {
  // The fix's edits are against the diagnosed text, which is the store's current text.
  doc.apply(applyWithInverse(doc.text, fix.edits), fix.title, 'form')
}
