/**
 * The engine's check registry (`jobs/checks.py` CHECK_REGISTRY), derived from the schema's
 * `definitions.checkParams`: one entry per built-in check with its parameters.
 */
import { SCHEMA } from './schema'

export interface CheckParamInfo {
  name: string
  title: string
  description: string
  required: boolean
  /** Whether the check expands glob patterns in this parameter. */
  glob: boolean
}

export interface CheckInfo {
  name: string
  title: string
  description: string
  params: CheckParamInfo[]
}

function buildRegistry(): Record<string, CheckInfo> {
  const registry: Record<string, CheckInfo> = {}
  for (const [name, node] of Object.entries(SCHEMA.definitions.checkParams)) {
    const required = new Set(node.required ?? [])
    registry[name] = {
      name,
      title: node.title ?? name,
      description: node.description ?? '',
      params: Object.entries(node.properties ?? {}).map(([param, p]) => ({
        name: param,
        title: p.title ?? param,
        description: p.description ?? '',
        required: required.has(param),
        glob: p['x-glob'] === true,
      })),
    }
  }
  return registry
}

export const CHECK_REGISTRY: Readonly<Record<string, CheckInfo>> = buildRegistry()

export const CHECK_NAMES: readonly string[] = Object.keys(CHECK_REGISTRY)

export function isKnownCheck(name: unknown): name is string {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CHECK_REGISTRY, name)
}
