/**
 * Ajv validation against the schema. Its violations are WARNINGS by design (see the schema's
 * description): the engine accepts far more than the schema describes, and what it refuses is
 * decided by `diagnostics/`, not here. Used by tests and by anyone wanting a second opinion; the
 * editor's live diagnostics do not run it on every keystroke.
 */
import Ajv from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { SCHEMA } from './schema'

/** The schema's annotation keywords, registered so that Ajv's strict mode accepts them. */
export const ANNOTATION_KEYWORDS = [
  'x-group',
  'x-order',
  'x-form',
  'x-no-effect',
  'x-ignored',
  'x-inherits',
  'x-secret',
  'x-glob',
  'x-check',
] as const

let compiled: ValidateFunction | undefined

export function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false })
    ajv.addVocabulary([...ANNOTATION_KEYWORDS])
    compiled = ajv.compile(SCHEMA)
  }
  return compiled
}

export interface SchemaViolation {
  /** JSON Pointer of the offending value. */
  path: string
  message: string
}

export function validateAgainstSchema(value: unknown): SchemaViolation[] {
  const validate = schemaValidator()
  if (validate(value)) return []
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath,
    message: e.message ?? e.keyword,
  }))
}
