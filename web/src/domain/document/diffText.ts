/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
import type { TextEdit } from './types'

export function singleEditBetween(before: string, after: string): TextEdit | null {
  if (before === after) return null
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--
    endAfter--
  }
  return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) }
}
