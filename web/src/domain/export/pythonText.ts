/**
 * Text in a generated Python file. BashOperator renders `bash_command`, `env` and `cwd` with Jinja,
 * so literal text that looks like Jinja (`{{`, `{%`, `{#`) is wrapped in `{% raw %}`, and Airflow
 * Variables are written as `{{ var.value.NAME }}` (read when the task runs, not when the file is parsed).
 */
import type { TextPart } from './secrets'

/**
 * A Python string literal. JSON's escapes are valid Python escapes, and JSON.stringify escapes
 * every control character and lone surrogate; other characters stay as they are (UTF-8 source).
 */
export function pyLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))
}

const JINJA = /\{[{%#]/

function jinjaLiteral(text: string): string {
  if (!JINJA.test(text) && !text.endsWith('{')) return text
  // `{% endraw %}` inside the text would end the raw block early: print that part as a string.
  return text
    .split('{% endraw %}')
    .map((piece) => (piece ? `{% raw %}${piece}{% endraw %}` : ''))
    .join("{{ '{% endraw %}' }}")
}

/** A Jinja template that renders to `parts` (literal text and Airflow Variables). */
export function jinjaTemplate(parts: readonly TextPart[]): string {
  return parts
    .map((part) =>
      // Variable names are env names or config keys: identifiers, safe in a Jinja expression.
      'variable' in part ? `{{ var.value.${part.variable} }}` : jinjaLiteral(part.text),
    )
    .join('')
}
