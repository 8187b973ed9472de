"""All server settings in one place: command-line flags win over environment variables, which win
over defaults. Nothing else in the package reads `os.environ` for configuration."""

import argparse
import os
import secrets
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

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
    "max_body_mb": "EXECUTIONER_STUDIO_MAX_BODY_MB",
}
MAX_BODY_ENV = ENV_VARS["max_body_mb"]
# A save sends the whole file as JSON. Generated configs measure ~0.65 KB a job (2000 jobs: 1.3 MB,
# 5000: 3.3 MB, 20000: 13 MB, + ~15% JSON escaping in the request); 64 MB leaves room for jobs with
# long inline scripts while keeping a runaway request from exhausting memory.
DEFAULT_MAX_BODY_MB = 64

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
    max_body_bytes: int = DEFAULT_MAX_BODY_MB * 1024 * 1024
    cancel_grace_seconds: float = 5.0
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
        "--max-body-mb",
        type=float,
        help=f"largest request body (a saved file) in MB (default {DEFAULT_MAX_BODY_MB}; env {MAX_BODY_ENV})",
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
        max_body_bytes=_max_body_bytes(pick("max_body_mb")),
    )


def _max_body_bytes(value: str | None) -> int:
    if value is None:
        return DEFAULT_MAX_BODY_MB * 1024 * 1024
    problem = f"error: --max-body-mb / {MAX_BODY_ENV} must be a number of MB above 0, not {value!r}"
    try:
        megabytes = float(value)
    except ValueError:
        raise SystemExit(problem) from None
    if not megabytes > 0 or megabytes == float("inf"):
        raise SystemExit(problem)
    return int(megabytes * 1024 * 1024)


def load_settings(argv: Sequence[str] | None = None) -> Settings:
    return settings_from(build_parser().parse_args(argv), os.environ)
