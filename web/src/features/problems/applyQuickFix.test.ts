import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { setValue } from '@/domain/document/commands'
import { useDocumentStore } from '@/stores/document'
import { applyFixOf } from './applyQuickFix'

const TEXT =
  JSON.stringify(
    {
      application_name: 'release',
      working_dir: '/srv',
      jobs: [
        { id: 'extract', command: 'x' },
        { id: 'load', command: 'x', dependencies: ['extrct'] },
      ],
    },
    null,
    2,
  ) + '\n'

beforeEach(() => setActivePinia(createPinia()))

function openDoc() {
  const doc = useDocumentStore()
  doc.load(TEXT, 'release.json')
  return doc
}
const dangling = (doc: ReturnType<typeof useDocumentStore>) =>
  doc.diagnostics.find((d) => d.code === 'dependency-unknown')

describe('a quick-fix button', () => {
  it('applies the fix it shows, in one undoable step', () => {
    const doc = openDoc()
    const d = dangling(doc)!
    expect(d.fixes!.map((f) => f.title)).toEqual([
      "Rename the reference to 'extract'",
      "Remove the dependency on 'extrct'",
    ])
    expect(applyFixOf(doc, d, d.fixes![1]!)).toBe(true)
    expect(doc.parsed.model.jobs[1]!.dependencies).toEqual([])
    doc.undo()
    expect(doc.text).toBe(TEXT)
  })

  it('made before an edit elsewhere, applies the same fix of the current text (never a dead button)', () => {
    const doc = openDoc()
    const d = dangling(doc)!
    const stale = d.fixes![0]!
    doc.apply(setValue(doc.text, ['jobs', 0, 'description'], 'moves every offset after it'), 'Edit', 'form')
    expect(applyFixOf(doc, d, stale)).toBe(true)
    expect(doc.parsed.model.jobs[1]!.dependencies).toEqual(['extract'])
    expect((doc.parsed.model.jobs[0]!.raw as { description: string }).description).toBe(
      'moves every offset after it',
    )
    expect(dangling(doc)).toBeUndefined()
  })

  it('does nothing once its problem is gone', () => {
    const doc = openDoc()
    const d = dangling(doc)!
    const [rename, remove] = d.fixes!
    expect(applyFixOf(doc, d, rename!)).toBe(true)
    const after = doc.text
    expect(applyFixOf(doc, d, remove!)).toBe(false)
    expect(doc.text).toBe(after)
  })
})
