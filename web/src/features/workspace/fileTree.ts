/** The workspace's flat file list as visible tree rows: folders first, collapsible, indented by depth. */
import type { WorkspaceFile } from '@/api/types'

export type TreeRow =
  | { kind: 'folder'; path: string; name: string; depth: number; open: boolean }
  | { kind: 'file'; path: string; name: string; depth: number; file: WorkspaceFile }

interface Folder {
  folders: Map<string, Folder>
  files: WorkspaceFile[]
}

function build(files: readonly WorkspaceFile[]): Folder {
  const root: Folder = { folders: new Map(), files: [] }
  for (const file of files) {
    const parts = file.path.split('/')
    let folder = root
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part)
      if (!next) folder.folders.set(part, (next = { folders: new Map(), files: [] }))
      folder = next
    }
    folder.files.push(file)
  }
  return root
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })

/** Rows to display; folders whose path is in `collapsed` hide their content. */
export function treeRows(files: readonly WorkspaceFile[], collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = []
  const walk = (folder: Folder, prefix: string, depth: number) => {
    for (const name of [...folder.folders.keys()].sort(byName)) {
      const path = prefix + name
      const open = !collapsed.has(path)
      rows.push({ kind: 'folder', path, name, depth, open })
      if (open) walk(folder.folders.get(name)!, path + '/', depth + 1)
    }
    const sorted = [...folder.files].sort((a, b) => byName(a.path, b.path))
    for (const file of sorted)
      rows.push({ kind: 'file', path: file.path, name: file.path.slice(prefix.length), depth, file })
  }
  walk(build(files), '', 0)
  return rows
}

/** "2.1 KB · modified 25 Nov 2026, 21:01" for the row's tooltip. */
export function fileDetails(file: WorkspaceFile): string {
  const size = file.size < 1024 ? `${file.size} bytes` : `${(file.size / 1024).toFixed(1)} KB`
  const when = new Date(file.mtime)
  const stamp = Number.isNaN(when.getTime())
    ? file.mtime
    : when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  return `${file.path}\n${size} · modified ${stamp}`
}

/** The workspace-relative name for a new or renamed file: trimmed, `.json` added, no leading slash. */
export function normalizeName(input: string): string {
  const name = input.trim().replace(/^\/+/, '')
  if (!name) return ''
  return name.toLowerCase().endsWith('.json') ? name : `${name}.json`
}
