"""Small history databases with the engine's real schemas (copied from `sqlite3 .schema` of the shipped
v6 database and of one the current engine created, ENGINE.md §9.2/§9.4), for tests that must not
depend on ../shared."""

import json
import sqlite3
from pathlib import Path
from typing import Any

SCHEMA_VERSION = """CREATE TABLE schema_version (version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, description TEXT, migration_hash TEXT,
    script_name TEXT, rollback_info TEXT)"""

V6 = [
    SCHEMA_VERSION,
    """CREATE TABLE job_history (run_id INTEGER, id TEXT, description TEXT, command TEXT, status TEXT,
    application_name TEXT, last_run TIMESTAMP DEFAULT CURRENT_TIMESTAMP, retry_count INTEGER DEFAULT 0,
    last_error TEXT, retry_history TEXT, duration_seconds REAL, memory_usage_mb REAL,
    cpu_usage_percent REAL, PRIMARY KEY (run_id, id))""",
    """CREATE TABLE run_summary (run_id INTEGER PRIMARY KEY, application_name TEXT NOT NULL,
    start_time TIMESTAMP NOT NULL, end_time TIMESTAMP, status TEXT, total_jobs INTEGER DEFAULT 0,
    completed_jobs INTEGER DEFAULT 0, failed_jobs INTEGER DEFAULT 0, skipped_jobs INTEGER DEFAULT 0,
    exit_code INTEGER, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, working_dir TEXT)""",
]

V8 = [
    SCHEMA_VERSION,
    """CREATE TABLE run_summary (run_id INTEGER NOT NULL, attempt_id INTEGER NOT NULL DEFAULT 1,
    application_name TEXT NOT NULL, start_time TIMESTAMP NOT NULL, end_time TIMESTAMP, status TEXT,
    total_jobs INTEGER DEFAULT 0, completed_jobs INTEGER DEFAULT 0, failed_jobs INTEGER DEFAULT 0,
    skipped_jobs INTEGER DEFAULT 0, exit_code INTEGER, working_dir TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (run_id, attempt_id))""",
    """CREATE TABLE job_history (run_id INTEGER NOT NULL, attempt_id INTEGER NOT NULL DEFAULT 1,
    id TEXT NOT NULL, description TEXT, command TEXT, status TEXT, application_name TEXT,
    duration_seconds REAL, memory_usage_mb REAL, cpu_usage_percent REAL, retry_count INTEGER DEFAULT 0,
    last_error TEXT, retry_history TEXT, last_run TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    last_exit_code INTEGER, PRIMARY KEY (run_id, attempt_id, id))""",
]


def create_db(path: Path, version: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        for statement in V6 if version == 6 else V8:
            db.execute(statement)
        db.executemany(
            "INSERT INTO schema_version (version, description) VALUES (?, ?)",
            [(v, f"migration_v{v}") for v in range(1, version + 1)],
        )
    return path


def add_run(
    path: Path, run_id: int, app: str, start: str, end: str | None, status: str, attempt: int = 1
) -> None:
    with sqlite3.connect(path) as db:
        columns = "run_id, application_name, start_time, end_time, status"
        values: list[Any] = [run_id, app, start, end, status]
        if _has_attempts(db):
            columns, values = columns + ", attempt_id", [*values, attempt]
        marks = ",".join("?" * len(values))
        db.execute(f"INSERT INTO run_summary ({columns}) VALUES ({marks})", values)  # noqa: S608


def add_job(path: Path, run_id: int, job: str, app: str, attempt: int = 1, **fields: Any) -> None:
    if isinstance(fields.get("retry_history"), list):
        fields["retry_history"] = json.dumps(fields["retry_history"])
    with sqlite3.connect(path) as db:
        row: dict[str, Any] = {
            "run_id": run_id,
            "id": job,
            "application_name": app,
            "last_run": None,
            **fields,
        }
        if _has_attempts(db):
            row["attempt_id"] = attempt
        marks = ",".join("?" * len(row))
        db.execute(f"INSERT INTO job_history ({', '.join(row)}) VALUES ({marks})", list(row.values()))  # noqa: S608


def _has_attempts(db: sqlite3.Connection) -> bool:
    return any(row[1] == "attempt_id" for row in db.execute("PRAGMA table_info(run_summary)"))
