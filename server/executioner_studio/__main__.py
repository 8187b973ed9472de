"""`python -m executioner_studio serve ...`: start the server (flags and env vars: settings.py)."""

import asyncio
import socket
import sys
import threading
from types import FrameType

import uvicorn

from .app import create_app
from .domain.runs import RunManager
from .settings import Settings, load_settings


def describe(settings: Settings) -> list[str]:
    """What the user needs to know at startup: where to go, which folder, which engine."""
    url = f"http://{'localhost' if settings.host in ('127.0.0.1', '::1') else settings.host}:{settings.port}/"
    if settings.engine_found:
        engine = f"engine:    {settings.engine} (history: {settings.history_db})"
    elif settings.engine is not None:
        engine = f"engine:    NOT FOUND at {settings.engine}; run actions are disabled"
    else:
        engine = "engine:    none (set EXECUTIONER_PATH or --engine to enable dry-run, runs and history)"
    static = settings.static if settings.static and (settings.static / "index.html").is_file() else None
    return [
        f"Executioner Studio on {url}",
        f"workspace: {settings.workspace}",
        engine,
        f"web app:   {static or 'not built (API only)'}",
        f"API token for other clients (header X-Studio-Token): {settings.token}",
    ]


def main(argv: list[str] | None = None) -> int:
    settings = load_settings(argv)
    if not settings.workspace.is_dir():
        if settings.workspace.exists():
            print(f"error: workspace {settings.workspace} is not a folder", file=sys.stderr)
            return 2
        settings.workspace.mkdir(parents=True)
        print(f"created the workspace folder {settings.workspace}")
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: listening on {settings.host}, not loopback: anyone who can reach it and has the token "
            "can run commands through the engine. Browsers must use a name given with --allowed-hosts.",
            file=sys.stderr,
        )
    for line in describe(settings):
        print(line, flush=True)
    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        # A request still open this long after a stop signal is cancelled (event streams end at once).
        timeout_graceful_shutdown=2,
    )
    StudioServer(config, app.state.services.runs).run()
    return 0


class StudioServer(uvicorn.Server):
    """uvicorn's server, stopping runs the moment a stop signal arrives: uvicorn waits for open
    responses to finish before its shutdown steps (without a graceful timeout, forever: the 15-20 s
    hang of issue 10; Kludex/uvicorn#451), and a run's event stream only finishes when told."""

    def __init__(self, config: uvicorn.Config, runs: RunManager) -> None:
        super().__init__(config)
        self.runs = runs

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self.should_exit:
            self.force_exit = True  # a second SIGTERM, like a second Ctrl-C, stops waiting
        super().handle_exit(sig, frame)
        # Event streams end and cancelled runs get their signals now, in the background.
        threading.Thread(target=self.runs.begin_shutdown, daemon=True).start()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets)
        # Also after a forced exit (which skips the app's lifespan shutdown): runs write their end.
        await asyncio.to_thread(self.runs.shutdown)


if __name__ == "__main__":
    sys.exit(main())
