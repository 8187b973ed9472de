/**
 * The server workspace, when the app is served by the Studio server: its info, the file list, which
 * workspace file is open (and the version it was loaded or saved at), and the pending conflict or
 * external change the user must decide about. Static deployments leave `available` false.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { fetchServerInfo } from '@/api/client'
import { workspaceApi } from '@/api/workspace'
import type { FileContent, ServerInfo, WorkingDirVerdict, WorkspaceFile } from '@/api/types'

export type ConflictChoice = 'overwrite' | 'reload' | 'cancel'
export interface Conflict {
  /** Why we are asking: our save was refused, or the file changed on disk while we edit. */
  reason: 'save' | 'external'
  mine: string
  theirs: FileContent
  resolve: (choice: ConflictChoice) => void
}
export type ExternalChange = { kind: 'changed'; version: string } | { kind: 'deleted' }

export const useWorkspaceStore = defineStore('workspace', () => {
  const info = shallowRef<ServerInfo | null>(null)
  const detected = ref(false)
  const files = shallowRef<WorkspaceFile[]>([])
  const listError = ref<string | null>(null)
  const openPath = ref<string | null>(null)
  /** Version of the open file as we last loaded or saved it. */
  const version = ref<string | null>(null)
  /** A disk version the user chose to ignore (keep editing): not offered again. */
  const ignoredVersion = ref<string | null>(null)
  const conflict = shallowRef<Conflict | null>(null)
  const external = shallowRef<ExternalChange | null>(null)
  const workingDir = shallowRef<WorkingDirVerdict | null>(null)
  /** Set while the server does not answer (polling or a request failed with no answer). */
  const unreachable = ref(false)
  /** Our own save is in flight: the poller must not mistake it for another program. */
  const saving = ref(false)
  /** The open file is over the server's body limit (saveLimit.ts): said on open, before editing. */
  const sizeWarning = ref<string | null>(null)
  /** The server's reason for refusing the last save (e.g. 413, body too large); cleared by a save. */
  const saveRefused = ref<string | null>(null)

  const available = computed(() => info.value !== null)
  const engineReady = computed(() => info.value?.engine != null)
  const engineHint = computed(
    () =>
      info.value?.engine_hint ??
      (info.value ? null : 'Runs need the Studio server: start it with bin/executioner-studio serve.'),
  )

  async function detect() {
    info.value = await fetchServerInfo()
    detected.value = true
    if (info.value) await refresh()
  }

  async function refresh() {
    try {
      files.value = (await workspaceApi.list()).files
      listError.value = null
      unreachable.value = false
    } catch (error) {
      listError.value = (error as Error).message
    }
  }

  function opened(file: FileContent) {
    openPath.value = file.path
    version.value = file.version
    ignoredVersion.value = null
    external.value = null
    saveRefused.value = null
  }

  function saved(file: FileContent) {
    version.value = file.version
    external.value = null
    saveRefused.value = null
  }

  function closed() {
    openPath.value = null
    version.value = null
    external.value = null
    workingDir.value = null
    sizeWarning.value = null
    saveRefused.value = null
  }

  function askConflict(
    reason: Conflict['reason'],
    mine: string,
    theirs: FileContent,
  ): Promise<ConflictChoice> {
    conflict.value?.resolve('cancel')
    return new Promise((resolve) => {
      conflict.value = {
        reason,
        mine,
        theirs,
        resolve: (choice) => {
          conflict.value = null
          resolve(choice)
        },
      }
    })
  }

  return {
    info,
    detected,
    files,
    listError,
    openPath,
    version,
    ignoredVersion,
    conflict,
    external,
    workingDir,
    unreachable,
    saving,
    sizeWarning,
    saveRefused,
    available,
    engineReady,
    engineHint,
    detect,
    refresh,
    opened,
    saved,
    closed,
    askConflict,
  }
})
