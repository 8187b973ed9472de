"""Can the engine record a run in its history database? (ENGINE.md §8.3, §9.1, Surprise 15.)

The engine always writes `<engine dir>/data/jobs_history.db`. Its `init_db` migrates nothing once
`schema_version` holds any version, and the current code writes `attempt_id` columns (schema v7/v8).
Against an older database, such as the v6 one the engine ships with, a run therefore crashes when it
records its results, and the studio would show a FAILED run whose history is missing. This module
reads the schema (read-only) so the server can say so up front and refuse to start such a run.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Conflict

ENGINE_SCHEMA = 8  # what a fresh database gets from the current engine


@dataclass(frozen=True)
class DbSchema:
    path: Path
    exists: bool
    schema_version: int | None
    engine_can_write: bool
    message: str

    def facts(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "exists": self.exists,
            "schema_version": self.schema_version,
            "engine_can_write": self.engine_can_write,
            "message": self.message,
        }


def engine_db_path(engine_script: Path) -> Path:
    # The engine derives it from its own install folder (config/loader.py), never from flags or cwd.
    return engine_script.parent / "data" / "jobs_history.db"


def inspect_db(path: Path) -> DbSchema:
    if not path.exists():
        return DbSchema(
            path,
            False,
            None,
            True,
            f"No history database at {path} yet: the engine creates one (schema v{ENGINE_SCHEMA}) "
            "on its first run.",
        )
    try:
        version, columns = _read_schema(path)
    except sqlite3.OperationalError as error:  # locked, permission denied: the engine may still cope
        return DbSchema(path, True, None, True, f"The schema of {path} could not be checked: {error}.")
    except sqlite3.DatabaseError as error:
        return DbSchema(
            path,
            True,
            None,
            False,
            f"{path} is not a readable SQLite database ({error}); the engine cannot record runs in it. "
            "Move it aside: the engine creates a fresh one on its next run.",
        )
    has_attempts = all("attempt_id" in columns.get(t, set()) for t in ("run_summary", "job_history"))
    empty = version is None and not columns.get("run_summary") and not columns.get("job_history")
    if has_attempts or empty:
        shown = f"schema v{version}" if version is not None else "an empty database"
        return DbSchema(path, True, version, True, f"The engine records runs in {path} ({shown}).")
    return DbSchema(path, True, version, False, _old_schema_advice(path, version))


def _old_schema_advice(path: Path, version: int | None) -> str:
    aside = path.with_name(f"jobs_history.v{version or 'old'}.db")
    return (
        f"The engine's history database {path} has schema v{version or '?'}, which this engine cannot "
        f"write: it only writes schema v{ENGINE_SCHEMA} and never migrates an existing database, so a "
        "run would crash while recording its results and leave no history. Move the old database "
        f"aside (for example: mv {path} {aside}); the engine then creates a fresh v{ENGINE_SCHEMA} "
        f"database on its next run, and the old one stays readable as history with --history-db {aside}."
    )


def _read_schema(path: Path) -> tuple[int | None, dict[str, set[str]]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    try:
        columns = {
            table: {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}  # noqa: S608
            for table in ("schema_version", "run_summary", "job_history")
        }
        version = None
        if columns["schema_version"]:
            value = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
            version = int(value) if value is not None else None
        return version, columns
    finally:
        connection.close()


def require_engine_can_write(engine_script: Path) -> None:
    """Refuse (409) to start a run the engine would crash on because of its history database."""
    schema = inspect_db(engine_db_path(engine_script))
    if not schema.engine_can_write:
        raise Conflict(schema.message, extra={"history_db": schema.facts()})


def history_db_facts(history_db: Path | None, engine_script: Path | None) -> dict[str, Any] | None:
    """`history_db` of /api/info: the database the studio reads, plus whether the engine can record
    runs in the one it writes (the same file unless --history-db points elsewhere, then `engine_db`
    describes that one). `engine_can_write` is null without an engine; `message` is the sentence to show."""
    if history_db is None and engine_script is not None:
        history_db = engine_db_path(engine_script)  # the default of settings_from
    if history_db is None:
        return None
    read = inspect_db(history_db)
    if engine_script is None:
        return {**read.facts(), "engine_can_write": None, "engine_db": None}
    written = engine_db_path(engine_script)
    same = written.resolve() == history_db.resolve()
    target = read if same else inspect_db(written)
    message = target.message
    if not same and target.engine_can_write:
        shown = f"schema v{read.schema_version}" if read.schema_version is not None else "schema unknown"
        message = f"History is read from {history_db} ({shown}). {target.message}"
    return {
        **read.facts(),
        "engine_can_write": target.engine_can_write,
        "message": message,
        "engine_db": None if same else target.facts(),
    }
