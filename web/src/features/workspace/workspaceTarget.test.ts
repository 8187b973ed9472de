import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkspaceStore } from '@/stores/workspace'
import type { FileContent } from '@/api/types'
import { NameTakenError } from '@/features/files/nameTaken'
import { workspaceTarget } from './workspaceTarget'

const file = (content: string, version: string): FileContent => ({
  path: 'a.json',
  content,
  version,
  size: content.length,
  mtime: '',
})
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

/** A fake server: answers PUT /api/files/a.json from a queue and records the bodies it got. */
function server(answers: Response[]) {
  const bodies: { content: string; base_version: string }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)))
      return answers.shift() ?? json(500, { detail: 'unexpected' })
    }),
  )
  return bodies
}

describe('workspaceTarget', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('saves with the version the edit started from and remembers the new one', async () => {
    const ws = useWorkspaceStore()
    ws.opened(file('old', 'v1'))
    const bodies = server([json(200, file('new', 'v2'))])
    await workspaceTarget('a.json', () => {}).write('new')
    expect(bodies).toEqual([{ content: 'new', base_version: 'v1' }])
    expect(ws.version).toBe('v2')
  })

  it('on a conflict, Overwrite saves again over the version on disk', async () => {
    const ws = useWorkspaceStore()
    ws.opened(file('old', 'v1'))
    const bodies = server([
      json(409, { detail: 'changed', current: file('theirs', 'v9') }),
      json(200, file('mine', 'v10')),
    ])
    const saving = workspaceTarget('a.json', () => {}).write('mine')
    await vi.waitFor(() => expect(ws.conflict?.theirs.content).toBe('theirs'))
    ws.conflict!.resolve('overwrite')
    await saving
    expect(bodies.map((b) => b.base_version)).toEqual(['v1', 'v9'])
    expect(ws.version).toBe('v10')
  })

  it('on a conflict, Reload hands over their file and the save ends without an error toast', async () => {
    const ws = useWorkspaceStore()
    ws.opened(file('old', 'v1'))
    server([json(409, { detail: 'changed', current: file('theirs', 'v9') })])
    const reload = vi.fn()
    const saving = workspaceTarget('a.json', reload).write('mine')
    await vi.waitFor(() => expect(ws.conflict).not.toBeNull())
    ws.conflict!.resolve('reload')
    await expect(saving).rejects.toMatchObject({ name: 'AbortError' })
    expect(reload).toHaveBeenCalledWith(expect.objectContaining({ content: 'theirs', version: 'v9' }))
  })

  it('a refused save keeps the version and tells why; no answer marks the server unreachable', async () => {
    const ws = useWorkspaceStore()
    ws.opened(file('old', 'v1'))
    server([json(507, { detail: 'The disk is full; the file on disk was not changed.' })])
    await expect(workspaceTarget('a.json', () => {}).write('x')).rejects.toThrow('disk is full')
    expect(ws.version).toBe('v1')
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    await expect(workspaceTarget('a.json', () => {}).write('x')).rejects.toThrow('does not answer')
    expect(ws.unreachable).toBe(true)
  })

  describe('a name the document was not opened from (new config, Save As)', () => {
    /** Records each request as "METHOD url" with its body; answers from `answer`. */
    function calls(answer: (method: string, url: string) => Response) {
      const seen: { call: string; body: unknown }[] = []
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string, init: RequestInit = {}) => {
          const method = init.method ?? 'GET'
          seen.push({ call: `${method} ${url}`, body: init.body ? JSON.parse(String(init.body)) : undefined })
          return answer(method, url)
        }),
      )
      return seen
    }
    const list = () => json(200, { workspace: '/w', files: [] })

    it('is created, never written over, and tracked from then on', async () => {
      const ws = useWorkspaceStore()
      const seen = calls((method) => (method === 'POST' ? json(201, file('mine', 'v1')) : list()))
      await workspaceTarget('a.json', () => {}).write('mine')
      expect(seen[0]).toEqual({ call: 'POST /api/files', body: { path: 'a.json', content: 'mine' } })
      expect(seen.some((s) => s.call.startsWith('PUT'))).toBe(false)
      expect([ws.openPath, ws.version]).toEqual(['a.json', 'v1'])
    })

    it('taken by a file: NameTakenError with its version, no conflict dialog, nothing written', async () => {
      const ws = useWorkspaceStore()
      const seen = calls(() => json(409, { detail: 'a.json already exists.', current: file('theirs', 'v7') }))
      const saving = workspaceTarget('a.json', () => {}).write('mine')
      await expect(saving).rejects.toBeInstanceOf(NameTakenError)
      await expect(saving).rejects.toMatchObject({ taken: { fileName: 'a.json', version: 'v7' } })
      expect(ws.conflict).toBeNull()
      expect(seen.map((s) => s.call)).toEqual(['POST /api/files'])
      expect(ws.openPath).toBeNull()
    })

    it('replaced only when asked, over exactly the version the user was told about', async () => {
      const ws = useWorkspaceStore()
      const seen = calls((method) => (method === 'PUT' ? json(200, file('mine', 'v8')) : list()))
      await workspaceTarget('a.json', () => {}).write('mine', { replaceVersion: 'v7' })
      expect(seen[0]).toEqual({
        call: 'PUT /api/files/a.json',
        body: { content: 'mine', base_version: 'v7' },
      })
      expect([ws.openPath, ws.version]).toEqual(['a.json', 'v8'])
    })

    it('a name refused for another reason (a folder holds it) is an ordinary error', async () => {
      calls(() => json(409, { detail: 'a.json already exists.' }))
      const saving = workspaceTarget('a.json', () => {}).write('mine')
      await expect(saving).rejects.toThrow('already exists')
      await expect(saving).rejects.not.toBeInstanceOf(NameTakenError)
    })
  })
})
