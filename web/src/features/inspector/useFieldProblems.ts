/** The diagnostics at one JSON Pointer, as messages with their one-click fixes. */
import { computed, type ComputedRef } from 'vue'
import { useDocumentStore } from '@/stores/document'
import type { UiMessageItem } from '@/components/ui/UiMessage.vue'
import type { Diagnostic } from '@/domain/diagnostics/types'
import { fieldProblems } from './model/problems'
import { useFormEdit } from './useFormEdit'

export function toMessages(
  list: readonly Diagnostic[],
  applyFix: ReturnType<typeof useFormEdit>['applyFix'],
  go?: (pointer: string) => void,
) {
  return list.map((d): UiMessageItem => ({
    severity: d.severity,
    text: d.message,
    fixes: (d.fixes ?? []).map((fix) => ({ title: fix.title, run: () => applyFix(fix) })),
    onGo: go ? () => go(d.path) : undefined,
  }))
}

export function useFieldProblems(pointer: () => string): ComputedRef<UiMessageItem[]> {
  const doc = useDocumentStore()
  const { applyFix } = useFormEdit()
  // Diagnostics describe the current text; while it has a syntax error the form shows the last valid
  // version, whose paths may no longer match, so field problems wait until the JSON parses again.
  return computed(() =>
    doc.hasSyntaxError ? [] : toMessages(fieldProblems(doc.diagnostics, pointer()), applyFix),
  )
}
