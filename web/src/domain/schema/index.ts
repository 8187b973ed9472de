/**
 * Typed access to `schema/executioner-config.schema.json`. Ajv validation lives in `./validate`
 * and is imported directly where needed, so that Ajv stays out of bundles that only read fields.
 */
export { SCHEMA, JOB_SCHEMA, resolveRef } from './schema'
export type { Group, SchemaNode, RootSchema } from './schema'
export {
  appFields,
  jobFields,
  appField,
  jobField,
  fieldInfo,
  engineDefault,
  groupFields,
  describeField,
} from './fields'
export type { FieldInfo } from './fields'
export { CHECK_REGISTRY, CHECK_NAMES, isKnownCheck } from './checks'
export type { CheckInfo, CheckParamInfo } from './checks'
