/** RFC 6901 JSON Pointers: `/jobs/0/env_variables/A~1B` ⇄ `['jobs', 0, 'env_variables', 'A/B']`. */
import type { JsonPath } from './types'

export function toPointer(path: JsonPath): string {
  return path.map((seg) => '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** Segments that look like array indices become numbers, as jsonc-parser's paths expect. */
export function fromPointer(pointer: string): JsonPath {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg))
}
