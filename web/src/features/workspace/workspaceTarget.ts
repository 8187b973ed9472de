/**
 * "Save" for a file of the server workspace: PUT with the version the edit started from. A stale
 * version (409: another program wrote the file) asks the user: overwrite, reload theirs, or cancel.
 * A body over the server's limit (413) is kept as a notice with the server's reason; the edit stays
 * in the document and its draft.
 */
import { ApiError } from '@/api/client'
import { workspaceApi } from '@/api/workspace'
import type { FileContent } from '@/api/types'
import type { SaveTarget } from '@/features/files/saveTargets'
import { useWorkspaceStore } from '@/stores/workspace'

/** Thrown when the user settled the save another way; the file session shows no error for it. */
function settled(message: string): Error {
  const error = new Error(message)
  error.name = 'AbortError'
  return error
}

/** A new file (or one deleted meanwhile) now exists: it is the open workspace file from here on. */
async function created(file: FileContent) {
  const ws = useWorkspaceStore()
  if (ws.openPath === file.path) ws.saved(file)
  else ws.opened(file)
  await ws.refresh()
}

export function workspaceTarget(path: string, reload: (file: FileContent) => void): SaveTarget {
  return {
    kind: 'workspace',
    name: path,
    async write(text) {
      const ws = useWorkspaceStore()
      ws.saving = true
      try {
        try {
          ws.saved(await workspaceApi.save(path, text, ws.version ?? ''))
        } catch (error) {
          // Deleted or renamed on disk meanwhile: the user asked to save, so the file is written again.
          if (error instanceof ApiError && error.status === 404)
            return await created(await workspaceApi.create(path, text))
          const current =
            error instanceof ApiError && error.status === 409
              ? (error.body.current as FileContent | undefined)
              : undefined
          if (!current) throw error
          const choice = await ws.askConflict('save', text, current)
          if (choice === 'overwrite') return ws.saved(await workspaceApi.save(path, text, current.version))
          if (choice === 'reload') reload(current)
          throw settled('The save was not done: the version on disk was kept.')
        }
      } catch (error) {
        if (error instanceof ApiError && error.status === 0) ws.unreachable = true
        if (error instanceof ApiError && error.status === 413) ws.saveRefused = error.detail
        throw error
      } finally {
        ws.saving = false
      }
    },
  }
}
