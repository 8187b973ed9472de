"""Request guards, as one ASGI middleware so they run before any routing or body parsing:

1. `Host` must be one of the server's own names (DNS rebinding), for every path, `/` included,
   since `/` hands out the token cookie.
2. `Origin` (when sent) must be exactly one of the server's own origins (scheme, host and port:
   `http://localhost` is port 80, another server); `Sec-Fetch-Site: cross-site` is refused on the API
   (cross-site requests from pages the user happens to have open).
3. Bodies over the limit (`--max-body-mb`) are refused with 413 before the app reads them.
4. Every `/api` endpoint except health/info needs the per-start token, from the HttpOnly cookie the
   served app receives or from the `X-Studio-Token` header other clients send.
"""

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import CookieError, SimpleCookie
from typing import Any

from .settings import LOOPBACK_NAMES, MAX_BODY_ENV, Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_HEADER = "x-studio-token"  # noqa: S105 - a header name, not a secret
TOKEN_COOKIE = "studio_token"  # noqa: S105 - a cookie name, not a secret
OPEN_ENDPOINTS = {("GET", "/api/health"), ("GET", "/api/info"), ("HEAD", "/api/health")}


class GuardMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.hosts = {name.lower() for name in settings.host_names()}
        self.origins = own_origins(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        problem = self._refusal(scope, headers)
        if problem is not None:
            await _reply(send, *problem)
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.settings.max_body_bytes:
            await _reply(send, 413, self._too_large(), max_body_bytes=self.settings.max_body_bytes)
            return
        if scope["method"] in ("POST", "PUT", "PATCH", "DELETE"):
            body = await self._read_body(receive)
            if body is None:
                await _reply(send, 413, self._too_large(), max_body_bytes=self.settings.max_body_bytes)
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            return 403, f"Host {host!r} is not this server's address; request refused (DNS rebinding guard)."
        origin = headers.get("origin")
        if origin is not None and origin.lower() not in self.origins:
            return 403, f"Requests from origin {origin!r} are refused; open the studio from its own address."
        path: str = scope["path"]
        if not (path == "/api" or path.startswith("/api/")):
            return None
        if headers.get("sec-fetch-site") == "cross-site":
            return 403, "Cross-site requests to the API are refused."
        if (scope["method"], path) in OPEN_ENDPOINTS:
            return None
        given = headers.get(TOKEN_HEADER) or _cookie(headers.get("cookie", ""), TOKEN_COOKIE)
        if not given or not hmac.compare_digest(given.encode(), self.settings.token.encode()):
            return 401, (
                "Missing or wrong studio token. Open the studio from the URL the server printed, "
                f"or send the token it printed in the {TOKEN_HEADER} header."
            )
        return None

    def _too_large(self) -> str:
        limit = self.settings.max_body_bytes
        shown = f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
        return (
            f"The request body is larger than this server's limit of {shown}, so nothing was saved. "
            f"Restart the server with --max-body-mb <MB> (or the environment variable {MAX_BODY_ENV}) "
            "to raise it."
        )

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.settings.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def own_origins(settings: Settings) -> set[str]:
    """The `Origin` values of pages this server serves: its own names with its port (a browser leaves
    the port out only when it is the scheme's default), plus each `--allowed-hosts` entry as given
    (a reverse proxy or dev server may use http or https)."""
    names = {settings.host}
    if settings.host in ("127.0.0.1", "localhost", "::1", "[::1]"):
        names.update(LOOPBACK_NAMES)
    port = "" if settings.port == 80 else f":{settings.port}"
    origins = {f"http://{name}{port}" for name in names}
    origins.update(f"{scheme}://{entry}" for entry in settings.allowed_hosts for scheme in ("http", "https"))
    return {origin.lower() for origin in origins}


def _headers(scope: Scope) -> dict[str, str]:
    return {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}


def _cookie(header: str, name: str) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:  # a malformed cookie header simply carries no token
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def _replay(body: bytes, original: Receive) -> Receive:
    """Hand the buffered body to the app, then pass through (so disconnects are still seen)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await original()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _reply(send: Send, status: int, detail: str, **extra: Any) -> None:
    body = json.dumps({"detail": detail, **extra}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
