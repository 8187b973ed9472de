/**
 * The server refuses request bodies over its limit (`max_body_bytes` in /api/info; 413). A save
 * sends the whole file as JSON, so a file near the limit cannot be saved at all: the user is told
 * when the file opens, before editing, and how to raise the limit.
 */

/** The server setting that raises the limit (server/API.md; `serve --max-body-mb`). */
export const MAX_BODY_FLAG = '--max-body-mb'
export const MAX_BODY_ENV = 'EXECUTIONER_STUDIO_MAX_BODY_MB'

/** Bytes of the PUT body that saves `content` (JSON-escaped, UTF-8), as the server counts them. */
export function saveBodyBytes(content: string, version: string): number {
  return new TextEncoder().encode(JSON.stringify({ content, base_version: version })).length
}

/** "5.6 MB", "640 KB": sizes as a person reads them (1 MB = 1024 × 1024 bytes, like the server). */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  if (mb >= 1) return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** The sentence shown when `bytes` exceed `max`; null when the file can be saved. */
export function sizeLimitMessage(bytes: number, max: number): string | null {
  if (bytes <= max) return null
  const atLeast = Math.ceil((bytes * 1.5) / (1024 * 1024))
  return (
    `Saving this file sends ${formatSize(bytes)}; the server accepts at most ${formatSize(max)} per save, ` +
    `so it cannot be saved from here. Restart the server with ${MAX_BODY_FLAG} ${atLeast} ` +
    `(or ${MAX_BODY_ENV}=${atLeast}) to edit it here.`
  )
}
