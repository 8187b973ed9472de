/**
 * The one way the forms change the document: run a document command on the current text and record
 * it as one undoable step with a label a person understands. A command that fails (e.g. not yet
 * available) leaves the document untouched and shows the reason in the panel.
 */
import { ref } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { removeValue, setValue } from '@/domain/document/commands'
import { applyWithInverse } from '@/domain/document/textEdits'
import { singleEditBetween } from '@/domain/document/diffText'
import type { EditResult, JsonPath } from '@/domain/document/types'
import type { QuickFix } from '@/domain/diagnostics/types'
import type { FieldChange } from './model/fieldValue'

/** The last failed edit, shown at the top of the panel. Shared by every form. */
const editError = ref<string | null>(null)

export function useFormEdit() {
  const doc = useDocumentStore()

  function run(label: string, command: (text: string) => EditResult): boolean {
    try {
      doc.apply(command(doc.text), label, 'form')
      editError.value = null
      return true
    } catch (error) {
      editError.value = `Could not ${label.charAt(0).toLowerCase()}${label.slice(1)}: ${(error as Error).message}`
      return false
    }
  }

  /** Several commands as ONE undo step (e.g. rename = set new + unset old): collapsed into one minimal edit. */
  function runAll(label: string, commands: ((text: string) => EditResult)[]): boolean {
    return run(label, (text) => {
      const after = commands.reduce((current, command) => command(current).text, text)
      const edit = singleEditBetween(text, after)
      return applyWithInverse(text, edit ? [edit] : [])
    })
  }

  /** Apply what a committed field means: set, remove, or nothing. */
  function applyChange(path: JsonPath, change: FieldChange, subject: string): boolean {
    const key = String(path[path.length - 1])
    if (change.kind === 'set') return run(`Set ${key}${subject}`, (t) => setValue(t, path, change.value))
    if (change.kind === 'remove') return run(`Remove ${key}${subject}`, (t) => removeValue(t, path))
    return false
  }

  /** Rename a property in place (same position in the file), e.g. an env variable name or `name` → `application_name`. */
  function renameKey(pointer: string, newKey: string, label: string): boolean {
    return run(label, (text) => {
      const range = doc.parsed.keyRangeOf(pointer)
      if (!range) throw new Error('the key is no longer in the document')
      return applyWithInverse(text, [{ ...range, content: JSON.stringify(newKey) }])
    })
  }

  function applyFix(fix: QuickFix): boolean {
    // Its offsets are into the diagnosed text: a fix from diagnostics that are catching up is refused.
    if (!doc.isCurrentFix(fix)) return false
    return run(fix.title, (text) => applyWithInverse(text, fix.edits))
  }

  return { run, runAll, applyChange, renameKey, applyFix, editError }
}
