import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse'

describe('parseDocument', () => {
  it('gives the model as JSON.parse does, with plain objects', () => {
    const text = '{"name": "a", "b": {"c": [1, {"d": null}]}, "b": 2, "__proto__": {"x": 1}, "jobs": []}'
    const doc = parseDocument(text)
    expect(doc.model.root).toStrictEqual(JSON.parse(text))
    expect(Object.getPrototypeOf(doc.model.root)).toBe(Object.prototype)
    expect(Object.keys(doc.model.root as object)).toEqual(['name', 'b', '__proto__', 'jobs'])
  })

  it('recovers what it can from a half-typed file', () => {
    const doc = parseDocument('{"name": "a", "jobs": [{"id": "x", "command": "c"}, {"id": "y", "comm')
    expect(doc.model.app).toEqual({ name: 'a' })
    expect(doc.model.jobs.map((j) => j.raw)).toEqual([{ id: 'x', command: 'c' }, { id: 'y' }])
    expect(doc.syntaxErrors[0]).toMatchObject({ message: 'Unterminated string', line: 1 })
  })

  it('keeps dependencies typed so far and reports where the text stops', () => {
    const doc = parseDocument('{"jobs": [\n  {"id": "b", "dependencies": ["a", ')
    expect(doc.model.jobs[0]?.dependencies).toEqual(['a'])
    expect(doc.syntaxErrors[0]).toMatchObject({ message: 'Value expected', line: 2 })
  })
})
