/**
 * The jsonc-parser tree of a text as strict JSON (what the engine's Python json module accepts),
 * remembered for the last text parsed. The document store parses each new text once for its views and
 * the next command (a form edit) runs on that same text: at 1000 jobs (~500 KB) a parse costs 10-30 ms,
 * paid twice per edit without this. Nobody mutates a tree, so sharing one is safe.
 */
import { parseTree } from 'jsonc-parser'
import type { Node as JsonNode, ParseError } from 'jsonc-parser'

export const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true }

export interface StrictTree {
  tree: JsonNode | undefined
  errors: readonly ParseError[]
}

let last: (StrictTree & { text: string }) | null = null

export function strictTree(text: string): StrictTree {
  if (last?.text !== text) {
    const errors: ParseError[] = []
    last = { text, tree: parseTree(text, errors, STRICT_JSON), errors }
  }
  return last
}
