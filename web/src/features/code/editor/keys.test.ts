import { describe, expect, it } from 'vitest'
import { isEditorUndo, type KeyLike } from './keys'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('editor keys', () => {
  it('maps the usual undo/redo chords on every platform', () => {
    expect(isEditorUndo(key('z', { ctrlKey: true }))).toBe('undo')
    expect(isEditorUndo(key('z', { metaKey: true }))).toBe('undo')
    expect(isEditorUndo(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(isEditorUndo(key('y', { ctrlKey: true }))).toBe('redo')
    expect(isEditorUndo(key('z'))).toBeNull()
    expect(isEditorUndo(key('z', { ctrlKey: true, altKey: true }))).toBeNull()
  })
})
