/**
 * Where a new top-level key (an application setting such as `max_workers`) goes: with the other
 * settings, not after the long `jobs` list where nobody reading the file would look for it.
 */
import type { Node as JsonNode } from 'jsonc-parser'

/**
 * The property index at which to insert `key` into the top-level object `root`.
 *
 * A person adding a setting by hand puts it next to the settings already there:
 * - settings written before `jobs` (the usual layout, as in the engine's examples): right after the
 *   last of them, i.e. just before `jobs`;
 * - `jobs` first and settings after it: at the end, after those settings;
 * - `jobs` the only key: before it, starting the settings block at the top as the examples do;
 * - no `jobs` (or `jobs` itself being added): at the end.
 * With `jobs` duplicated the first one counts (the one a reader meets first).
 */
export function settingIndex(root: JsonNode, key: string): number {
  const props = root.children ?? []
  if (key === 'jobs') return props.length
  const jobs = props.findIndex((p) => p.children?.[0]?.value === 'jobs')
  if (jobs < 0) return props.length
  if (jobs > 0) return jobs
  return props.length === 1 ? 0 : props.length
}
