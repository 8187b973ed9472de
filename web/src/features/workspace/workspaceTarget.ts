/**
 * "Save" for a file of the server workspace: PUT with the version the edit started from. A stale
 * version (409: another program wrote the file) asks the user: overwrite, reload theirs, or cancel.
 * A name the document was not opened from (new config, Save As) is created, never overwritten.
 * A body over the server's limit (413) is kept as a notice with the server's reason; the edit stays
 * in the document and its draft.
 */
import { ApiError } from '@/api/client'
import { workspaceApi } from '@/api/workspace'
import type { FileContent } from '@/api/types'
import { NameTakenError } from '@/features/files/nameTaken'
import type { SaveTarget } from '@/features/files/saveTargets'
import { useWorkspaceStore } from '@/stores/workspace'

/** Thrown when the user settled the save another way; the file session shows no error for it. */
function settled(message: string): Error {
  const error = new Error(message)
  error.name = 'AbortError'
  return error
}

/** The file on disk that a 409 carries (a stale save, or a create whose name a file holds). */
function currentOf(error: unknown): FileContent | undefined {
  return error instanceof ApiError && error.status === 409
    ? (error.body.current as FileContent | undefined)
    : undefined
}

/**
 * Save under a name this document was not opened from (a new config, Save As): create it, never
 * overwrite. A name another file holds is the user's to settle (NameTakenError); only when they chose
 * to replace that file's version is it written over.
 */
async function createNamed(path: string, text: string, replaceVersion?: string) {
  if (replaceVersion !== undefined) return await created(await workspaceApi.save(path, text, replaceVersion))
  try {
    return await created(await workspaceApi.create(path, text))
  } catch (error) {
    const current = currentOf(error)
    if (current) throw new NameTakenError({ fileName: current.path, version: current.version })
    throw error
  }
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
    async write(text, options = {}) {
      const ws = useWorkspaceStore()
      ws.saving = true
      try {
        if (ws.openPath !== path) return await createNamed(path, text, options.replaceVersion)
        try {
          ws.saved(await workspaceApi.save(path, text, ws.version ?? ''))
        } catch (error) {
          // Deleted or renamed on disk meanwhile: the user asked to save, so the file is written again.
          if (error instanceof ApiError && error.status === 404)
            return await created(await workspaceApi.create(path, text))
          const current = currentOf(error)
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
