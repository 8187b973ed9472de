/**
 * Opening, creating and saving files in the browser. All browser I/O lives here (not in stores):
 * the document store only receives text. The current save target survives between saves, so
 * Ctrl+S writes back in place when the file was opened through the File System Access API.
 */
import { shallowRef } from 'vue'
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { useUiStore } from '@/stores/ui'
import { useConfirm } from '@/composables/useConfirm'
import {
  downloadTarget,
  fallbackTarget,
  fsAccess,
  handleTarget,
  JSON_TYPES,
  type SaveTarget,
  type WritableHandle,
  type WriteOptions,
} from './saveTargets'
import { NameTakenError } from './nameTaken'
import { askSaveName } from './saveNamePrompt'
import { normalizeName } from '@/features/workspace/fileTree'
import { fileNameFor, newConfigText } from './newConfig'

const target = shallowRef<SaveTarget | null>(null)

/**
 * A file's text exactly as it is: `File.text()` drops a leading byte order mark (UTF-8 decode), and
 * saving would then silently remove it. The BOM stays, shown as a problem (the engine refuses it).
 */
async function readText(file: File): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer())
}
/** The hidden <input type=file> used when the File System Access API is missing (and by tests). */
const fileInput = shallowRef<HTMLInputElement | null>(null)

export function useFileSession() {
  const doc = useDocumentStore()
  const selection = useSelectionStore()
  const ui = useUiStore()
  const { confirm } = useConfirm()

  /** Ask before throwing away unsaved changes. */
  async function mayDiscard(): Promise<boolean> {
    if (!doc.dirty) return true
    return confirm({
      title: 'Discard unsaved changes?',
      message: `${doc.fileName ?? 'This document'} has changes that are not saved. They will be lost.`,
      confirmLabel: 'Discard changes',
      cancelLabel: 'Keep editing',
      danger: true,
    })
  }

  function openText(text: string, name: string, saveTarget: SaveTarget | null) {
    selection.clear()
    doc.load(text, name)
    target.value = saveTarget
    if (doc.hasSyntaxError)
      ui.toast(`${name} is not valid JSON: it is open as text, fix it in the JSON pane.`, 'warning')
  }

  /** Any file is opened as it is: invalid JSON or a config the engine refuses still opens (problems shown). */
  async function openFile(file: File, handle?: WritableHandle) {
    if (!(await mayDiscard())) return
    openText(await readText(file), file.name, handle ? handleTarget(handle) : null)
  }

  async function openWithPicker() {
    if (!(await mayDiscard())) return
    if (fsAccess.showOpenFilePicker) {
      try {
        const [handle] = await fsAccess.showOpenFilePicker({ types: JSON_TYPES })
        if (!handle) return
        const file = await handle.getFile()
        openText(await readText(file), file.name, handleTarget(handle))
      } catch (error) {
        if ((error as Error).name !== 'AbortError')
          ui.toast(`Could not open the file: ${(error as Error).message}`, 'error')
      }
      return
    }
    fileInput.value?.click()
  }

  async function openExample(url: string, name: string) {
    if (!(await mayDiscard())) return
    const response = await fetch(url)
    if (!response.ok) return ui.toast(`Could not load the example (${response.status})`, 'error')
    openText(await response.text(), name, null)
  }

  async function createNew(applicationName: string, workingDir: string) {
    if (!(await mayDiscard())) return false
    const name = fileNameFor(applicationName)
    selection.clear()
    // A new document is unsaved until the user saves it somewhere.
    doc.load(newConfigText(applicationName, workingDir), name, { saved: false })
    target.value = null
    return true
  }

  async function confirmErrors(): Promise<boolean> {
    doc.flushDiagnostics() // a large document's diagnostics may still be waiting for a pause in the edits
    const errors = doc.diagnostics.filter((d) => d.severity === 'error').length
    if (errors === 0) return true
    return confirm({
      title: 'Save a file the engine would refuse?',
      message: `${doc.fileName ?? 'This file'} has ${errors} error${errors === 1 ? '' : 's'}: the engine will not run it as it is. You can save your work in progress and fix it later.`,
      confirmLabel: 'Save anyway',
      cancelLabel: 'Cancel',
    })
  }

  async function writeTo(saveTarget: SaveTarget, options?: WriteOptions) {
    const text = doc.text
    await saveTarget.write(text, options)
    target.value = saveTarget
    doc.markSaved(saveTarget.name)
    ui.toast(
      saveTarget.kind === 'download' ? `Downloaded ${saveTarget.name}` : `Saved ${saveTarget.name}`,
      'success',
      2500,
    )
  }

  /**
   * Save into the server workspace under `name`. A name another file holds brings the Save As prompt
   * back saying so: another name is tried in turn, Replace writes over the version the user was shown.
   */
  async function saveNamed(make: (name: string) => SaveTarget, name: string) {
    let choice: { name: string; replaceVersion?: string } | null = { name }
    while (choice) {
      try {
        return await writeTo(make(choice.name), { replaceVersion: choice.replaceVersion })
      } catch (error) {
        if (!(error instanceof NameTakenError)) throw error
        const { taken } = error
        const answer = await askSaveName({ suggested: taken.fileName, where: 'workspace', taken })
        choice = answer && {
          name: answer.replace ? taken.fileName : normalizeName(answer.name),
          replaceVersion: answer.replace ? taken.version : undefined,
        }
      }
    }
  }

  async function save() {
    if (!doc.isOpen || !(await confirmErrors())) return
    try {
      const name = doc.fileName ?? 'config.json'
      if (target.value) await writeTo(target.value)
      else if (fallbackTarget.value) await saveNamed(fallbackTarget.value, name)
      else await writeTo(downloadTarget(name))
    } catch (error) {
      // AbortError: the target settled it with the user (e.g. a workspace conflict they chose to reload).
      if ((error as Error).name !== 'AbortError')
        ui.toast(`Could not save: ${(error as Error).message}`, 'error')
    }
  }

  /**
   * Save As: served by the Studio server, a name in the workspace (never silently over another file);
   * otherwise a native save picker where available, else a name prompt and a download.
   */
  async function saveAs() {
    if (!doc.isOpen || !(await confirmErrors())) return
    const suggested = doc.fileName ?? 'config.json'
    try {
      const workspace = fallbackTarget.value
      if (workspace) {
        const answer = await askSaveName({ suggested, where: 'workspace' })
        if (answer) await saveNamed(workspace, normalizeName(answer.name))
        return
      }
      if (fsAccess.showSaveFilePicker) {
        const handle = await fsAccess.showSaveFilePicker({ suggestedName: suggested, types: JSON_TYPES })
        return await writeTo(handleTarget(handle))
      }
      const answer = await askSaveName({ suggested, where: 'download' })
      const name = answer?.name
      if (name) await writeTo(downloadTarget(name.endsWith('.json') ? name : name + '.json'))
    } catch (error) {
      if ((error as Error).name !== 'AbortError')
        ui.toast(`Could not save: ${(error as Error).message}`, 'error')
    }
  }

  return { target, fileInput, openFile, openWithPicker, openExample, createNew, save, saveAs, mayDiscard }
}
