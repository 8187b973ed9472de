/** DOM for schema documentation (hover tooltips, completion info), built without innerHTML. */
import type { SchemaDoc } from '../schema/schemaWalk'

/** Appends text, turning `code` spans into <code> elements (the schema's only markup). */
function appendRich(parent: HTMLElement, text: string): void {
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
      const code = document.createElement('code')
      code.textContent = part.slice(1, -1)
      parent.append(code)
    } else if (part) parent.append(part)
  })
}

function div(className: string, text?: string): HTMLDivElement {
  const el = document.createElement('div')
  el.className = className
  if (text) appendRich(el, text)
  return el
}

function shortJson(value: unknown): string {
  const s = JSON.stringify(value)
  return s === undefined ? String(value) : s.length > 60 ? s.slice(0, 57) + '…' : s
}

export function renderSchemaDoc(key: string | null, doc: SchemaDoc): HTMLElement {
  const root = div('cm-hoverDoc')
  root.dataset.testid = 'schema-doc'
  const heading = div('cm-hoverDoc-title', doc.title ?? key ?? '')
  root.append(heading)
  if (doc.ignored) root.append(div('cm-hoverDoc-warn', 'Ignored: the engine never reads this key.'))
  else if (doc.noEffect) root.append(div('cm-hoverDoc-warn', 'No effect in this engine version.'))
  if (doc.description) {
    for (const para of doc.description.split(/\n{2,}/)) root.append(div('cm-hoverDoc-text', para))
  }
  const meta: string[] = []
  if (key) meta.push(`\`${key}\``)
  if (doc.types.length) meta.push(doc.types.join(' | '))
  if (doc.enumValues.length) meta.push('one of ' + doc.enumValues.map(shortJson).join(', '))
  if (doc.inherits) meta.push(`falls back to \`${doc.inherits}\``)
  if (doc.hasDefault) meta.push(`default \`${shortJson(doc.defaultValue)}\``)
  if (meta.length) root.append(div('cm-hoverDoc-meta', meta.join(' · ')))
  return root
}
