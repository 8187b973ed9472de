/**
 * The one description of the config format: `schema/executioner-config.schema.json` at the repo root
 * (DESIGN.md §2.3). This module types it; the accessors in this folder read titles, defaults,
 * enums and the check registry from it so that no second list of fields exists.
 */
import raw from '../../../../schema/executioner-config.schema.json'

export type Group =
  'General' | 'Execution' | 'Retries' | 'Environment' | 'Checks' | 'Notifications' | 'Advanced'

/** The subset of draft-07 this project's schema uses, plus its `x-` annotations. */
export interface SchemaNode {
  $ref?: string
  title?: string
  description?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  default?: unknown
  examples?: unknown[]
  properties?: Record<string, SchemaNode>
  additionalProperties?: boolean | SchemaNode
  propertyNames?: SchemaNode
  required?: string[]
  items?: SchemaNode
  anyOf?: SchemaNode[]
  oneOf?: SchemaNode[]
  allOf?: SchemaNode[]
  if?: SchemaNode
  then?: SchemaNode
  else?: SchemaNode
  minimum?: number
  exclusiveMinimum?: number
  maxLength?: number
  pattern?: string
  'x-group'?: Group
  'x-order'?: number
  'x-form'?: boolean
  'x-no-effect'?: boolean
  'x-ignored'?: boolean
  'x-inherits'?: string
  'x-secret'?: boolean
  'x-glob'?: boolean
  'x-check'?: string
}

export interface RootSchema extends SchemaNode {
  definitions: Record<string, SchemaNode> & { checkParams: Record<string, SchemaNode> }
}

export const SCHEMA = raw as unknown as RootSchema

/** Follows a local `#/definitions/...` reference (the only kind the schema uses). */
export function resolveRef(node: SchemaNode): SchemaNode {
  let current = node
  for (let guard = 0; current.$ref && guard < 10; guard++) {
    const segments = current.$ref.replace(/^#\//, '').split('/')
    let target: unknown = SCHEMA
    for (const seg of segments) target = (target as Record<string, unknown>)[seg]
    current = target as SchemaNode
  }
  return current
}

export const JOB_SCHEMA: SchemaNode = SCHEMA.definitions.job!
