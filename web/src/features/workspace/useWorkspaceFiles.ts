/**
 * Workspace file actions from the tree: open (into the document store, saving back through the
 * API), create, rename and delete (to the workspace trash). Errors are shown; nothing is lost.
 */
import { useDocumentStore } from '@/stores/document'
import { useSelectionStore } from '@/stores/selection'
import { useUiStore } from '@/stores/ui'
import { useWorkspaceStore } from '@/stores/workspace'
import { useConfirm } from '@/composables/useConfirm'
import { useFileSession } from '@/features/files/useFileSession'
import { workspaceApi } from '@/api/workspace'
import type { FileContent } from '@/api/types'
import { workspaceTarget } from './workspaceTarget'
import { primeLayout } from './useLayoutSync'

export function useWorkspaceFiles() {
  const doc = useDocumentStore()
  const selection = useSelectionStore()
  const ui = useUiStore()
  const ws = useWorkspaceStore()
  const files = useFileSession()
  const { confirm } = useConfirm()

  /** Show a file's content as the saved document, saving back to the same path. */
  async function show(file: FileContent) {
    await primeLayout(file.path)
    selection.clear()
    ws.opened(file)
    doc.load(file.content, file.path, { saved: true })
    files.target.value = workspaceTarget(file.path, (current) => void show(current))
    if (doc.hasSyntaxError)
      ui.toast(`${file.path} is not valid JSON: it is open as text, fix it in the JSON pane.`, 'warning')
  }

  async function open(path: string) {
    if (path === ws.openPath && !doc.dirty) return
    if (!(await files.mayDiscard())) return
    try {
      await show(await workspaceApi.read(path))
    } catch (error) {
      ui.toast(`Could not open ${path}: ${(error as Error).message}`, 'error')
    }
  }

  async function create(path: string, content: string) {
    if (!(await files.mayDiscard())) return false
    try {
      const file = await workspaceApi.create(path, content)
      await ws.refresh()
      await show(file)
      return true
    } catch (error) {
      ui.toast(`Could not create ${path}: ${(error as Error).message}`, 'error')
      return false
    }
  }

  async function rename(path: string, to: string) {
    try {
      const file = await workspaceApi.rename(path, to)
      if (ws.openPath === path) {
        // Same content under a new name: keep the user's edits and history, write to the new path.
        ws.opened({ ...file, version: ws.version ?? file.version })
        doc.fileName = file.path
        files.target.value = workspaceTarget(file.path, (current) => void show(current))
      }
      await ws.refresh()
      ui.toast(`Renamed to ${file.path}`, 'success', 2500)
      return true
    } catch (error) {
      ui.toast(`Could not rename ${path}: ${(error as Error).message}`, 'error')
      return false
    }
  }

  async function remove(path: string) {
    const ok = await confirm({
      title: `Delete ${path}?`,
      message:
        'The file is moved to the workspace trash (.studio/trash/), from where it can be restored by hand.',
      confirmLabel: 'Move to trash',
      danger: true,
    })
    if (!ok) return
    try {
      const result = await workspaceApi.remove(path)
      if (ws.openPath === path) {
        // The open file is gone: close it (the confirmation said so) rather than save to a dead path.
        ws.closed()
        files.target.value = null
        selection.clear()
        doc.load('', null)
      }
      await ws.refresh()
      ui.toast(`${path} moved to ${result.trashed_as}`, 'success', 4000)
    } catch (error) {
      ui.toast(`Could not delete ${path}: ${(error as Error).message}`, 'error')
    }
  }

  return { open, show, create, rename, remove }
}
