import { describe, expect, it } from 'vitest'
import { docOf, propertiesOf, schemasAt, valueSuggestions, type SchemaNode } from './schemaWalk'

const schema: SchemaNode = {
  type: 'object',
  properties: {
    parallel: { title: 'Run in parallel', type: 'boolean', default: false },
    inherit: { oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['default'] }] },
    env: { type: 'object', additionalProperties: { type: 'string', description: 'A variable' } },
    jobs: { type: 'array', items: { $ref: '#/definitions/job' } },
  },
  definitions: {
    job: {
      title: 'Job',
      properties: {
        id: { type: 'string', description: 'Unique name' },
        checks: { type: 'array', items: { $ref: '#/definitions/check' } },
      },
    },
    check: {
      properties: { name: { anyOf: [{ enum: ['file_exists', 'no_ora'] }, { type: 'string' }] }, params: {} },
      allOf: [
        {
          if: { properties: { name: { const: 'file_exists' } }, required: ['name'] },
          then: { properties: { params: { properties: { path: { type: 'string' } } } } },
        },
      ],
    },
  },
} as SchemaNode

describe('schemasAt', () => {
  it('follows $ref through arrays and objects to a job field', () => {
    const doc = docOf(schema, schemasAt(schema, ['jobs', 3, 'id'], {}))
    expect(doc?.description).toBe('Unique name')
    expect(doc?.types).toEqual(['string'])
  })

  it('uses additionalProperties for free-form maps', () => {
    expect(docOf(schema, schemasAt(schema, ['env', 'PATH'], {}))?.description).toBe('A variable')
  })

  it('picks the then-branch that matches the value (check params by check name)', () => {
    const value = {
      jobs: [
        {
          checks: [
            { name: 'file_exists', params: {} },
            { name: 'other', params: {} },
          ],
        },
      ],
    }
    const known = propertiesOf(schema, schemasAt(schema, ['jobs', 0, 'checks', 0, 'params'], value))
    const unknown = propertiesOf(schema, schemasAt(schema, ['jobs', 0, 'checks', 1, 'params'], value))
    expect(known.map((p) => p.name)).toEqual(['path'])
    expect(unknown).toEqual([])
  })

  it('returns nothing where the schema says nothing', () => {
    expect(schemasAt(schema, ['unknown_key'], {})).toEqual([])
    expect(docOf(schema, [])).toBeNull()
  })
})

describe('suggestions', () => {
  it('lists the properties of an object in schema order', () => {
    expect(propertiesOf(schema, schemasAt(schema, ['jobs', 0], {})).map((p) => p.name)).toEqual([
      'id',
      'checks',
    ])
  })

  it('offers enum members, booleans and defaults as values', () => {
    expect(valueSuggestions(schema, schemasAt(schema, ['inherit'], {}))).toEqual(['default', true, false])
    expect(valueSuggestions(schema, schemasAt(schema, ['parallel'], {}))).toEqual([true, false])
    expect(valueSuggestions(schema, schemasAt(schema, ['jobs', 0, 'checks', 0, 'name'], {}))).toEqual([
      'file_exists',
      'no_ora',
    ])
  })
})
