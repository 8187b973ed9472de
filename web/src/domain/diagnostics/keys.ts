/**
 * Keys the engine does not use as written: unknown keys (typos), `_`-prefixed disabled settings,
 * keys with no effect, application settings placed on a job, and duplicate keys (Python's json
 * keeps the last one). Known keys come from the schema.
 */
import type { Node as JsonNode } from 'jsonc-parser'
import { appField, appFields, jobField, jobFields } from '../schema/fields'
import { setValue } from '../document/commands'
import { has, seg, show } from './context'
import type { Context, JsonObject } from './context'
import { combinedFix, removeEarlierDuplicatesFix, removePropertyEdits } from './fixEdits'
import { lazyFix, renameKeyFix } from './fixes'
import { closest } from './similar'

const APP_KEYS = appFields().map((f) => f.key)
const JOB_KEYS = jobFields().map((f) => f.key)

export function checkKeys(ctx: Context): void {
  checkAppKeys(ctx, ctx.app!)
  for (const job of ctx.jobs) if (job.obj) checkJobKeys(ctx, job.obj, job.pointer, job.label)
  if (ctx.doc.tree) checkDuplicateKeys(ctx, ctx.doc.tree)
}

/** Keys holding secrets (`x-secret` in the schema), also when disabled with a `_` prefix. */
const SECRET_KEYS = new Set(
  appFields()
    .filter((f) => f.secret)
    .flatMap((f) => [f.key, '_' + f.key]),
)

function checkAppKeys(ctx: Context, app: JsonObject): void {
  for (const key of Object.keys(app)) {
    if (SECRET_KEYS.has(key) && typeof app[key] === 'string' && app[key] !== '') {
      ctx.add(
        'secret-in-config',
        seg(key),
        `"${key}" stores a password in plain text in this file${key.startsWith('_') ? ' (even though it is disabled)' : ', and the engine sends it without TLS'}. Keep real passwords out of configs that are shared or committed.`,
      )
    }
    const path = seg(key)
    const field = appField(key)
    if (key.startsWith('_')) {
      const enable = appField(key.slice(1)) ? enableFix(ctx, app, path, key) : undefined
      ctx.add(
        'disabled-key',
        path,
        `"${key}" is disabled (the "_" prefix makes the engine ignore it).${appField(key.slice(1)) ? ` Remove the "_" to enable "${key.slice(1)}".` : ''}`,
        enable,
      )
    } else if (field?.noEffect) {
      ctx.add(
        'no-effect',
        path,
        `"${key}" has no effect: the engine never checks or restricts commands; every command runs through /bin/sh -c.`,
      )
    } else if (field?.ignored && key !== 'name') {
      ctx.add('key-ignored', path, `The engine ignores "${key}" in the config. ${field.description}`)
    } else if (!field) {
      const guess = appField('default_' + key) ? 'default_' + key : closest(key, APP_KEYS)
      const hint = guess
        ? ` Did you mean "${guess}"?`
        : jobField(key)
          ? ' It is a job setting: put it on each job.'
          : ''
      ctx.add(
        'unknown-key',
        path,
        `The engine does not know "${key}" and ignores it.${hint}`,
        guess ? renameFix(ctx, app, path, guess) : undefined,
      )
    }
  }
}

function checkJobKeys(ctx: Context, job: JsonObject, pointer: string, label: string): void {
  for (const key of Object.keys(job)) {
    if (jobField(key)) continue
    const path = pointer + seg(key)
    if (key.startsWith('_')) {
      const enables = jobField(key.slice(1)) !== undefined
      ctx.add(
        'disabled-key',
        path,
        `"${key}" on job ${label} is disabled (the "_" prefix makes the engine ignore it).${enables ? ` Remove the "_" to enable "${key.slice(1)}".` : ''}`,
        enables ? enableFix(ctx, job, path, key) : undefined,
      )
    } else if (appField(key)) {
      ctx.add(
        'key-ignored',
        path,
        `"${key}" is an application setting; the engine ignores it on job ${label}. Move it to the top level if it should apply.`,
        has(ctx.app, key) ? undefined : moveToTopFix(ctx, path, key, job[key]),
      )
    } else {
      const guess = closest(key, JOB_KEYS)
      ctx.add(
        'unknown-key',
        path,
        `The engine does not know "${key}" on job ${label} and ignores it.${guess ? ` Did you mean "${guess}"?` : ''}`,
        guess ? renameFix(ctx, job, path, guess) : undefined,
      )
    }
  }
}

/** Renames a misspelt key in place, unless the object already has the right one. */
function renameFix(ctx: Context, owner: JsonObject, path: string, to: string) {
  return has(owner, to) ? undefined : renameKeyFix(ctx.doc, path, to, `Rename to "${to}"`)
}

function enableFix(ctx: Context, owner: JsonObject, path: string, key: string) {
  const to = key.slice(1)
  return has(owner, to) ? undefined : renameKeyFix(ctx.doc, path, to, `Enable "${to}" (remove the "_")`)
}

/** Removed from the job and set at the top level, as one step. */
function moveToTopFix(ctx: Context, path: string, key: string, value: unknown) {
  const { doc } = ctx
  return lazyFix(
    `Move "${key}" to the top level`,
    () =>
      combinedFix('', [removePropertyEdits(doc, path), setValue(doc.text, [key], value).edits])?.edits ?? [],
  )
}

/** One walk over the syntax tree; jsonc-parser keeps every duplicate property. */
function checkDuplicateKeys(ctx: Context, root: JsonNode): void {
  const stack: { node: JsonNode; pointer: string }[] = [{ node: root, pointer: '' }]
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!
    if (node.type === 'array') {
      node.children?.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }))
      continue
    }
    if (node.type !== 'object') continue
    const counts = new Map<string, number>()
    const last = new Map<string, JsonNode | undefined>()
    for (const property of node.children ?? []) {
      const key = property.children?.[0]?.value
      if (typeof key !== 'string') continue
      counts.set(key, (counts.get(key) ?? 0) + 1)
      last.set(key, property.children?.[1])
    }
    for (const [key, value] of last) {
      const childPointer = pointer + seg(key)
      if (value) stack.push({ node: value, pointer: childPointer })
      const count = counts.get(key)!
      if (count > 1) {
        const kept = value ? show(valueOf(ctx, value)) : 'the last value'
        ctx.add(
          'duplicate-key',
          childPointer,
          `"${key}" appears ${count} times in the same object; the engine silently keeps the last one (${kept}).`,
          removeEarlierDuplicatesFix(
            ctx.doc,
            childPointer,
            key,
            `Keep only the last "${key}" (the one the engine uses)`,
          ),
        )
      }
    }
  }
}

function valueOf(ctx: Context, node: JsonNode): unknown {
  const text = ctx.doc.text.slice(node.offset, node.offset + node.length)
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
