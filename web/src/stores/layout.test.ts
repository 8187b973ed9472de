import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDocumentStore } from './document'
import { useLayoutStore } from './layout'

describe('layout positions in the one undo history', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('placing a job is undone and redone with Ctrl+Z like a text edit, without touching the text', () => {
    const doc = useDocumentStore()
    const layout = useLayoutStore()
    doc.load('{"jobs": []}', 'x.json')
    layout.place('Place a', { a: { x: 8, y: 16 } })
    expect(doc.undoLabel).toBe('Place a')
    doc.undo()
    expect(layout.isPlaced('a')).toBe(false)
    doc.redo()
    expect(layout.positions.a).toEqual({ x: 8, y: 16 })
    expect(doc.text).toBe('{"jobs": []}')
    expect(doc.dirty).toBe(false)
  })

  it('a burst of arrow-key nudges is one undo step', () => {
    const doc = useDocumentStore()
    const layout = useLayoutStore()
    doc.load('{}', 'x.json')
    layout.assignSilently({ a: { x: 0, y: 0 } })
    layout.nudge(['a'], 8, 0)
    layout.nudge(['a'], 8, 0)
    layout.nudge(['a'], 0, 8)
    expect(layout.positions.a).toEqual({ x: 16, y: 8 })
    doc.undo()
    expect(layout.positions.a).toEqual({ x: 0, y: 0 })
    expect(doc.undoLabel).toBeNull()
  })
})
