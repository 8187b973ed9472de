/** Workspace files endpoints (server/API.md, "Workspace files" and "working_dir check"). */
import { filePath, request } from './client'
import type { FileContent, FileVersion, WorkingDirVerdict, WorkspaceFile } from './types'

const file = (path: string) => `/api/files/${filePath(path)}`

export const workspaceApi = {
  list: () => request<{ workspace: string; files: WorkspaceFile[] }>('GET', '/api/files'),
  read: (path: string) => request<FileContent>('GET', file(path)),
  /** 409 carries `current: FileContent` in the error body. */
  save: (path: string, content: string, baseVersion: string) =>
    request<FileContent>('PUT', file(path), { content, base_version: baseVersion }),
  create: (path: string, content: string) => request<FileContent>('POST', '/api/files', { path, content }),
  rename: (path: string, to: string) => request<FileContent>('POST', `${file(path)}/rename`, { to }),
  remove: (path: string) => request<{ path: string; trashed_as: string }>('DELETE', file(path)),
  version: (path: string) => request<FileVersion>('GET', `${file(path)}/version`),
  readLayout: (path: string) =>
    request<{ path: string; layout: Record<string, unknown> }>('GET', `${file(path)}/layout`),
  saveLayout: (path: string, layout: Record<string, unknown>) =>
    request<{ path: string; layout: Record<string, unknown> }>('PUT', `${file(path)}/layout`, { layout }),
  workingDir: (path: string) => request<WorkingDirVerdict>('GET', `${file(path)}/working-dir`),
  /** Verdict for the editor's (possibly unsaved) text. */
  checkWorkingDir: (content: string) =>
    request<WorkingDirVerdict>('POST', '/api/working-dir/check', { content }),
}
