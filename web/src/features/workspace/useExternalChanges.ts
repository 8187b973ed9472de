/**
 * Another program may change the open workspace file. While the tab is visible, poll its version
 * (server/API.md: one read and hash) and, when it differs from what we loaded or saved, offer a
 * reload (clean document) or the conflict dialog (unsaved edits). Also checks working_dir.
 */
import { watch } from 'vue'
import { useDocumentVisibility, useIntervalFn, watchDebounced } from '@vueuse/core'
import { ApiError } from '@/api/client'
import { workspaceApi } from '@/api/workspace'
import { useDocumentStore } from '@/stores/document'
import { useWorkspaceStore } from '@/stores/workspace'
import { useFileSession } from '@/features/files/useFileSession'
import { useWorkspaceFiles } from './useWorkspaceFiles'

export const POLL_MS = 3000

export function useExternalChanges() {
  const doc = useDocumentStore()
  const ws = useWorkspaceStore()
  const files = useFileSession()
  const actions = useWorkspaceFiles()
  const visibility = useDocumentVisibility()
  let busy = false

  async function check() {
    const path = ws.openPath
    if (!path || busy || ws.saving || ws.conflict || visibility.value === 'hidden') return
    busy = true
    try {
      const disk = await workspaceApi.version(path)
      ws.unreachable = false
      if (path !== ws.openPath || ws.saving) return
      if (disk.version === ws.version || disk.version === ws.ignoredVersion) {
        if (ws.external?.kind === 'deleted') ws.external = null
        return
      }
      if (!doc.dirty) {
        ws.external = { kind: 'changed', version: disk.version }
        return
      }
      const theirs = await workspaceApi.read(path)
      const choice = await ws.askConflict('external', doc.text, theirs)
      if (choice === 'reload') await actions.show(theirs)
      else if (choice === 'overwrite') await files.save()
      else ws.ignoredVersion = theirs.version
    } catch (error) {
      if (!(error instanceof ApiError)) return
      if (error.status === 0) ws.unreachable = true
      else if (error.status === 404 && path === ws.openPath) ws.external = { kind: 'deleted' }
    } finally {
      busy = false
    }
  }

  async function reload() {
    if (!ws.openPath) return
    try {
      await actions.show(await workspaceApi.read(ws.openPath))
    } catch (error) {
      ws.external = null
      throw error
    }
  }

  function ignore() {
    if (ws.external?.kind === 'changed') ws.ignoredVersion = ws.external.version
    ws.external = null
  }

  useIntervalFn(() => void check(), POLL_MS)
  watch(visibility, (state) => state === 'visible' && void check())

  // working_dir can only be checked on the machine that runs the engine: ask the server.
  async function checkWorkingDir() {
    // A file over the body limit would only be refused (413): nothing to learn.
    if (!ws.available || !doc.isOpen || doc.hasSyntaxError || ws.sizeWarning) return (ws.workingDir = null)
    const revision = doc.revision
    try {
      const verdict = await workspaceApi.checkWorkingDir(doc.text)
      if (revision === doc.revision) ws.workingDir = verdict
    } catch {
      ws.workingDir = null
    }
  }
  watchDebounced(
    () => [ws.available, doc.revision, doc.openSeq] as const,
    () => void checkWorkingDir(),
    { debounce: 600, immediate: true },
  )

  return { check, reload, ignore }
}
