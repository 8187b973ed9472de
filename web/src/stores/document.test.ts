import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { watch } from 'vue'
import { setValue } from '@/domain/document/commands'
import { parseDocument } from '@/domain/document/parse'
import { applyWithInverse } from '@/domain/document/textEdits'
import { applyQuickFix } from '@/features/problems/applyQuickFix'
import { DIAGNOSE_DELAY_MS, LARGE_DOCUMENT_CHARS, useDocumentStore } from './document'

/** A valid config with `count` jobs; job 1 depends on a job that does not exist (one error, with a fix). */
function config(count: number): string {
  const jobs = Array.from({ length: count }, (_, i) => ({
    id: `job-${i}`,
    command: `./step-${i}.sh --verbose`,
    description: `Step ${i} of the release`,
    ...(i === 1 ? { dependencies: ['job-0', 'gone'] } : i > 0 ? { dependencies: [`job-${i - 1}`] } : {}),
  }))
  return JSON.stringify({ application_name: 'release', working_dir: '/srv', jobs }, null, 2) + '\n'
}

const SMALL = config(5)
const LARGE = config(600)

function openDoc(text: string) {
  const doc = useDocumentStore()
  doc.load(text, 'release.json')
  return doc
}

function describeJob(doc: ReturnType<typeof useDocumentStore>, index: number, description: string) {
  doc.apply(setValue(doc.text, ['jobs', index, 'description'], description), 'Set description', 'form')
}

const descriptionIn = (doc: { model: { jobs: { raw: unknown }[] } }, index: number) =>
  (doc.model.jobs[index]?.raw as { description?: string } | undefined)?.description

const errorCodes = (doc: ReturnType<typeof useDocumentStore>) =>
  doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

it('the sizes used here are on either side of the threshold', () => {
  expect(SMALL.length).toBeLessThan(LARGE_DOCUMENT_CHARS)
  expect(LARGE.length).toBeGreaterThanOrEqual(LARGE_DOCUMENT_CHARS)
})

describe('a small document updates everything at once', () => {
  it('views, parse and problems follow an edit in the same task', () => {
    const doc = openDoc(SMALL)
    const seen: string[] = []
    watch(
      () => descriptionIn(doc.view, 2),
      (d) => seen.push(String(d)),
      { flush: 'sync' },
    )
    describeJob(doc, 2, 'Renamed step')
    expect(seen).toEqual(['Renamed step'])
    doc.apply(setValue(doc.text, ['jobs', 3, 'dependencies'], ['nowhere']), 'Set dependencies', 'form')
    expect(errorCodes(doc)).toEqual(['dependency-unknown', 'dependency-unknown'])
  })
})

describe('a large document defers the views and the diagnostics', () => {
  it('shows the new text at once, and the views only after the next paint', async () => {
    const doc = openDoc(LARGE)
    const seen: string[] = []
    watch(
      () => descriptionIn(doc.view, 2),
      (d) => seen.push(String(d)),
      { flush: 'sync' },
    )
    describeJob(doc, 2, 'Renamed step')
    expect(doc.text).toContain('"Renamed step"')
    expect(seen).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(seen).toEqual(['Renamed step'])
  })

  it('a command right after an edit works on the new text (the parse is made on demand)', () => {
    const doc = openDoc(LARGE)
    describeJob(doc, 2, 'First')
    expect(descriptionIn(doc.parsed, 2)).toBe('First')
    expect(descriptionIn(doc.view, 2)).toBe('First')
    describeJob(doc, 3, 'Second')
    expect(doc.parsed.text).toBe(doc.text)
    expect([descriptionIn(doc.parsed, 2), descriptionIn(doc.parsed, 3)]).toEqual(['First', 'Second'])
  })

  it('coalesces a burst of edits into one update of the views', async () => {
    const doc = openDoc(LARGE)
    let updates = 0
    watch(
      () => doc.view,
      () => updates++,
    )
    for (let i = 0; i < 5; i++) describeJob(doc, 2, `Typing ${i}`)
    await vi.advanceTimersByTimeAsync(0)
    expect(updates).toBe(1)
    expect(descriptionIn(doc.view, 2)).toBe('Typing 4')
  })

  it('diagnostics appear once the edits pause', async () => {
    const doc = openDoc(LARGE)
    expect(errorCodes(doc)).toEqual(['dependency-unknown'])
    doc.apply(setValue(doc.text, ['jobs', 3, 'dependencies'], ['nowhere']), 'Set dependencies', 'form')
    await vi.advanceTimersByTimeAsync(DIAGNOSE_DELAY_MS - 10)
    expect(errorCodes(doc)).toEqual(['dependency-unknown'])
    // Another edit before the pause: the diagnostics wait for this one.
    describeJob(doc, 4, 'Still typing')
    await vi.advanceTimersByTimeAsync(DIAGNOSE_DELAY_MS - 10)
    expect(errorCodes(doc)).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(20)
    expect(errorCodes(doc)).toEqual(['dependency-unknown', 'dependency-unknown'])
  })

  it('saving can ask for the current diagnostics without waiting', () => {
    const doc = openDoc(LARGE)
    expect(errorCodes(doc)).toHaveLength(1)
    doc.apply(setValue(doc.text, ['jobs', 3, 'dependencies'], ['nowhere']), 'Set dependencies', 'form')
    expect(errorCodes(doc)).toHaveLength(1)
    doc.flushDiagnostics()
    expect(errorCodes(doc)).toHaveLength(2)
    expect(doc.diagnosedParse.text).toBe(doc.text)
  })

  it('opening a file shows it and its problems at once', () => {
    const doc = openDoc(SMALL)
    doc.load(LARGE, 'other.json')
    expect(doc.view.model.jobs).toHaveLength(600)
    expect(errorCodes(doc)).toEqual(['dependency-unknown'])
  })

  it('keeps the last valid version for the canvas while the JSON is broken', async () => {
    const doc = openDoc(LARGE)
    describeJob(doc, 2, 'Valid edit')
    await vi.advanceTimersByTimeAsync(0)
    doc.replaceText(doc.text.replace('"jobs": [', '"jobs": [,'), 'Edit JSON', 'json')
    await vi.advanceTimersByTimeAsync(DIAGNOSE_DELAY_MS)
    expect(doc.hasSyntaxError).toBe(true)
    expect(doc.parsed.syntaxErrors.length).toBeGreaterThan(0)
    expect(descriptionIn(doc.view, 2)).toBe('Valid edit')
    expect(errorCodes(doc)).toEqual(['json-syntax'])
  })

  it('undo brings back the text and, after the pause, its problems', async () => {
    const doc = openDoc(LARGE)
    doc.apply(setValue(doc.text, ['jobs', 3, 'dependencies'], ['nowhere']), 'Set dependencies', 'form')
    await vi.advanceTimersByTimeAsync(DIAGNOSE_DELAY_MS)
    expect(errorCodes(doc)).toHaveLength(2)
    doc.undo()
    expect(doc.text).toBe(LARGE)
    expect(doc.parsed.model.jobs[3]!.dependencies).toEqual(['job-2'])
    await vi.advanceTimersByTimeAsync(DIAGNOSE_DELAY_MS)
    expect(errorCodes(doc)).toEqual(['dependency-unknown'])
  })
})

describe('quick fixes', () => {
  const fixOf = (doc: ReturnType<typeof useDocumentStore>) =>
    doc.diagnostics.find((d) => d.code === 'dependency-unknown')!.fix!

  it('a fix from the current diagnostics applies', () => {
    const doc = openDoc(LARGE)
    expect(applyQuickFix(doc, fixOf(doc))).toBe(true)
    expect(doc.parsed.model.jobs[1]!.dependencies).toEqual(['job-0'])
  })

  it('a fix from diagnostics older than the text is refused instead of editing the wrong place', () => {
    for (const text of [SMALL, LARGE]) {
      const doc = openDoc(text)
      const stale = fixOf(doc)
      // An edit before the fix's offsets shifts them.
      describeJob(doc, 0, 'A longer description that moves everything after it')
      const before = doc.text
      expect(applyQuickFix(doc, stale)).toBe(false)
      expect(doc.text).toBe(before)
      // The refreshed problems carry a fix that is right for the new text.
      expect(applyQuickFix(doc, fixOf(doc))).toBe(true)
      expect(doc.parsed.model.jobs[1]!.dependencies).toEqual(['job-0'])
    }
  })
})

describe('the parse after edits', () => {
  /** Typing `content` at `offset`, as the JSON pane applies a keystroke. */
  const typeAt = (doc: ReturnType<typeof useDocumentStore>, offset: number, content: string) =>
    doc.apply(applyWithInverse(doc.text, [{ offset, length: 0, content }]), 'Edit JSON', 'json')

  it('is the parse of the current text through keystrokes, several between two reads, undo and redo', () => {
    const doc = openDoc(LARGE)
    const idEnd = (id: string) => doc.text.indexOf(`"id": "${id}"`) + `"id": "${id}`.length
    const expectCurrent = () => {
      expect(doc.parsed.model).toStrictEqual(parseDocument(doc.text).model)
      expect(doc.parsed.syntaxErrors).toEqual([])
    }
    typeAt(doc, idEnd('job-300'), 'x')
    expectCurrent()
    expect(doc.parsed.model.jobs[300]!.id).toBe('job-300x')
    // Three keystrokes in two jobs before anyone reads the parse.
    typeAt(doc, idEnd('job-300x'), 'y')
    typeAt(doc, idEnd('job-10'), 'z')
    typeAt(doc, idEnd('job-599'), 'w')
    expectCurrent()
    expect(doc.parsed.model.edges).not.toContainEqual({ from: 'job-300', to: 'job-301' })
    // A keystroke that breaks the JSON, then the one that mends it.
    const at = idEnd('job-5')
    typeAt(doc, at, '"')
    expect(doc.parsed.syntaxErrors).not.toEqual([])
    doc.apply(applyWithInverse(doc.text, [{ offset: at, length: 1, content: '' }]), 'Edit JSON', 'json')
    expectCurrent()
    doc.undo()
    expectCurrent()
    doc.redo()
    expectCurrent()
  })
})

describe('opening a file', () => {
  it('is known as a new file by what follows the text as it changes (the JSON editor replaces its state)', () => {
    const doc = openDoc(SMALL)
    const seen: { text: string; openSeq: number }[] = []
    watch(
      () => doc.text,
      (text) => seen.push({ text, openSeq: doc.openSeq }),
      { flush: 'sync' },
    )
    const before = doc.openSeq
    describeJob(doc, 0, 'edited')
    doc.load(config(3), 'other.json')
    // The edit keeps the file's number; the open's text arrives with the next one already set.
    expect(seen.map((s) => s.openSeq)).toEqual([before, before + 1])
    expect(seen[1]!.text).toBe(config(3))
  })
})
