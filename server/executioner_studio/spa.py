"""Serving the built web app: files from the static folder, `index.html` for every other path (the
app routes on the client), and the token cookie with every `index.html`."""

from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse

from .security import TOKEN_COOKIE
from .services import Services

NOT_BUILT = """<!doctype html><meta charset="utf-8"><title>Executioner Studio</title>
<p>The web app is not built. Run <code>make run</code> (or <code>cd web &amp;&amp; npx vite build</code>)
and start the server with <code>--static web/dist</code>. The API is available under <code>/api</code>.</p>"""


def _static_file(root: Path, path: str) -> Path | None:
    if not path or "\x00" in path or "\\" in path:
        return None
    candidate = (root / path).resolve()
    if candidate.is_relative_to(root.resolve()) and candidate.is_file():
        return candidate
    return None


def _with_token(response: Response, token: str) -> Response:
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
    response.headers["Cache-Control"] = "no-store"
    # The page holds the token; it must not be framed by another site (clickjacking).
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
    return response


# Tells the app it is served by this server, so a static deployment never probes /api at all.
SERVER_MARKER = b'<meta name="executioner-studio-server" content="1">'


def _index(root: Path) -> HTMLResponse:
    html = (root / "index.html").read_bytes().replace(b"<head>", b"<head>" + SERVER_MARKER, 1)
    return HTMLResponse(html)


def spa_router() -> APIRouter:
    router = APIRouter()

    @router.get("/{path:path}", include_in_schema=False)
    def serve(path: str, request: Request) -> Response:
        services: Services = request.app.state.services
        if path == "api" or path.startswith("api/"):
            return JSONResponse({"detail": f"No API endpoint /{path}."}, status_code=404)
        root = services.settings.static
        if root is None or not (root / "index.html").is_file():
            return _with_token(HTMLResponse(NOT_BUILT), services.settings.token)
        found = _static_file(root, path)
        if found is not None and found.name != "index.html":
            return FileResponse(found)
        return _with_token(_index(root), services.settings.token)

    return router
