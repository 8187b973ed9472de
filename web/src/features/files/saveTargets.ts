/**
 * Where "Save" writes. The browser offers two targets today (a file handle from the File System
 * Access API, or a download); the server workspace will add a third with the same shape.
 */
import { shallowRef } from 'vue'

export interface SaveTarget {
  kind: 'handle' | 'download' | 'workspace'
  /** The file name shown to the user. */
  name: string
  write(text: string, options?: WriteOptions): Promise<void>
}

export interface WriteOptions {
  /** The version of a file holding the name that the user chose to replace (see NameTakenError). */
  replaceVersion?: string
}

/**
 * Where Save writes a document that has no target yet (a new config). Null: a download. When served
 * by the Studio server, the workspace sets it, so a new config is saved into the workspace.
 */
export const fallbackTarget = shallowRef<((name: string) => SaveTarget) | null>(null)

/** Minimal typing of the File System Access API (not in TypeScript's DOM lib yet). */
export interface WritableHandle {
  name: string
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>
}
interface PickerOptions {
  suggestedName?: string
  types?: { description: string; accept: Record<string, string[]> }[]
}
interface FsAccessWindow {
  showOpenFilePicker?: (options?: PickerOptions) => Promise<(WritableHandle & { getFile(): Promise<File> })[]>
  showSaveFilePicker?: (options?: PickerOptions) => Promise<WritableHandle>
}
export const fsAccess = window as unknown as FsAccessWindow
export const JSON_TYPES = [{ description: 'Executioner config', accept: { 'application/json': ['.json'] } }]

export function handleTarget(handle: WritableHandle): SaveTarget {
  return {
    kind: 'handle',
    name: handle.name,
    async write(text) {
      const writable = await handle.createWritable()
      await writable.write(text)
      await writable.close()
    },
  }
}

export function downloadTarget(name: string): SaveTarget {
  return {
    kind: 'download',
    name,
    async write(text) {
      // application/octet-stream keeps the bytes exactly as they are (no charset rewriting).
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
      const link = document.createElement('a')
      link.href = url
      link.download = name
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    },
  }
}
