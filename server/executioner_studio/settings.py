"""All server settings in one place: command-line flags win over environment variables, which win
over defaults. Nothing else in the package reads `os.environ` for configuration."""

import argparse
import os
import secrets
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")

# Flag name -> environment variable.
ENV_VARS = {
    "workspace": "EXECUTIONER_STUDIO_WORKSPACE",
    "engine": "EXECUTIONER_PATH",
    "engine_python": "EXECUTIONER_PYTHON",
    "history_db": "EXECUTIONER_HISTORY_DB",
    "host": "EXECUTIONER_STUDIO_HOST",
    "port": "EXECUTIONER_STUDIO_PORT",
    "static": "EXECUTIONER_STUDIO_STATIC",
    "allowed_hosts": "EXECUTIONER_STUDIO_ALLOWED_HOSTS",
    "token": "EXECUTIONER_STUDIO_TOKEN",
    "on_shutdown": "EXECUTIONER_STUDIO_ON_SHUTDOWN",
    "cancel_grace": "EXECUTIONER_STUDIO_CANCEL_GRACE",
}

ENGINE_HINT = (
    "No engine configured. Set EXECUTIONER_PATH to the engine's executioner.py "
    "or start the server with --engine /path/to/executioner.py."
)


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    workspace: Path
    engine: Path | None = None
    engine_python: str = sys.executable
    history_db: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8765
    static: Path | None = None
    allowed_hosts: tuple[str, ...] = ()
    token: str = ""
    max_body_bytes: int = 5 * 1024 * 1024
    cancel_grace_seconds: float = 5.0  # Cancel: SIGTERM, this long to exit, then SIGKILL
    on_shutdown: Literal["cancel", "detach"] = "cancel"  # what server shutdown does to active runs
    runs_kept: int = 50  # run folders kept under <workspace>/.studio/runs
    history_versions_kept: int = 20

    @property
    def engine_found(self) -> bool:
        return self.engine is not None and self.engine.is_file()

    def host_names(self) -> set[str]:
        """`Host` header values this server answers to (DNS-rebinding protection)."""
        names = {self.host, *self.allowed_hosts}
        if self.host in ("127.0.0.1", "localhost", "::1", "[::1]"):
            names.update(LOOPBACK_NAMES)
        port = str(self.port)
        return {n for name in names for n in (name, f"{name}:{port}")}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="executioner-studio")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the web app and the API")
    serve.add_argument("--workspace", help="folder of config files (default: examples)")
    serve.add_argument("--engine", help="the engine's executioner.py (env EXECUTIONER_PATH)")
    serve.add_argument("--engine-python", help="Python interpreter that runs the engine")
    serve.add_argument("--history-db", help="engine history DB (default: data/jobs_history.db beside it)")
    serve.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8765)")
    serve.add_argument("--static", help="folder of the built web app")
    serve.add_argument("--allowed-hosts", help="extra comma-separated Host names to accept")
    serve.add_argument(
        "--on-shutdown",
        choices=("cancel", "detach"),
        help="active runs when the server stops: cancel them (default) or leave them running "
        "for the next start to re-attach",
    )
    serve.add_argument(
        "--cancel-grace", type=float, help="seconds a cancelled run's processes get after SIGTERM (default 5)"
    )
    return parser


def settings_from(args: argparse.Namespace | None, environ: Mapping[str, str]) -> Settings:
    def pick(name: str) -> str | None:
        value = getattr(args, name, None) if args is not None else None
        if value is not None:
            return str(value)
        env = environ.get(ENV_VARS[name], "").strip()
        return env or None

    engine = pick("engine")
    engine_path = Path(engine).expanduser().resolve() if engine else None
    history = pick("history_db")
    history_path = Path(history).expanduser().resolve() if history else None
    if history_path is None and engine_path is not None:
        history_path = engine_path.parent / "data" / "jobs_history.db"
    static = pick("static")
    hosts = pick("allowed_hosts")
    on_shutdown = _on_shutdown(pick("on_shutdown"))
    grace = _seconds(pick("cancel_grace"), 5.0)
    return Settings(
        workspace=Path(pick("workspace") or "examples").expanduser().resolve(),
        engine=engine_path,
        engine_python=pick("engine_python") or shutil.which("python3") or sys.executable,
        history_db=history_path,
        host=pick("host") or "127.0.0.1",
        port=int(pick("port") or 8765),
        static=Path(static).resolve() if static else None,
        allowed_hosts=tuple(h.strip() for h in (hosts or "").split(",") if h.strip()),
        token=pick("token") or secrets.token_urlsafe(32),
        on_shutdown=on_shutdown,
        cancel_grace_seconds=grace,
    )


def _on_shutdown(value: str | None) -> Literal["cancel", "detach"]:
    if value is None or value == "cancel":
        return "cancel"
    if value == "detach":
        return "detach"
    raise SystemExit(
        f"error: on-shutdown ({ENV_VARS['on_shutdown']}) must be 'cancel' or 'detach', not {value!r}"
    )


def _seconds(value: str | None, default: float) -> float:
    try:
        seconds = default if value is None else float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:
        raise SystemExit(
            f"error: cancel grace ({ENV_VARS['cancel_grace']}) must be 0-3600 seconds, not {value!r}"
        )
    return seconds


def load_settings(argv: Sequence[str] | None = None) -> Settings:
    return settings_from(build_parser().parse_args(argv), os.environ)
