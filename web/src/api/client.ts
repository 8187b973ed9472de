/**
 * The one place that talks HTTP to the Studio server. The token travels as a same-origin cookie set
 * when the server served index.html, so requests need no credentials code (server/API.md, Security).
 */
import type { ServerInfo } from './types'

/** A refused or failed request; `detail` is the server's message for the user, shown as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail)
    this.name = 'ApiError'
  }
}

export const SERVER_UNREACHABLE =
  'The Studio server does not answer (stopped or unreachable). Your changes are kept here; try again.'

function detailOf(status: number, body: unknown): string {
  const detail = (body as { detail?: unknown } | null)?.detail
  if (typeof detail === 'string') return detail
  if (Array.isArray(detail)) return detail.map((d) => (d as { msg?: string }).msg ?? String(d)).join('; ')
  return `The server answered ${status}.`
}

export function filePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, SERVER_UNREACHABLE)
  }
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // A proxy's HTML error page: keep the status as the message.
  }
  if (!response.ok)
    throw new ApiError(
      response.status,
      detailOf(response.status, parsed),
      (parsed as Record<string, unknown>) ?? {},
    )
  return parsed as T
}

/** The server's info when the app is served by it; null when static (404, HTML, no answer). */
export async function fetchServerInfo(): Promise<ServerInfo | null> {
  // The server marks the page it serves; a static host has no API, so do not even ask (a 404 probe
  // would show as an error in the console). The Vite dev server proxies /api, so it always asks.
  const marked = document.querySelector('meta[name="executioner-studio-server"]') !== null
  if (!marked && !import.meta.env.DEV) return null
  try {
    // No Accept header: a static host's SPA fallback then answers index.html (200), not a 404 that
    // the browser would log as an error in the console.
    const response = await fetch('/api/info')
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null
    const info = (await response.json()) as Partial<ServerInfo>
    return info?.status === 'ok' ? (info as ServerInfo) : null
  } catch {
    return null
  }
}
