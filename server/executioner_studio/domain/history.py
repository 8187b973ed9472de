"""Read-only access to the engine's history DB (`data/jobs_history.db`, schema v6 or v8, ENGINE.md §9).

Opened with a `mode=ro` URI, so the studio can never change, lock for writing or migrate the
engine's own database. v6 has no `attempt_id` columns; every row is then attempt 1.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..errors import NotFound, ServiceUnavailable, Unprocessable
from . import history_timing
from .history_timing import parse_time, retry_history

Row = dict[str, Any]
_FAILED = ("FAILED", "ERROR", "TIMEOUT")
SQLITE_MAX_INT = 2**63 - 1


def _missing_run(run_id: int, path: Path) -> NotFound:
    return NotFound(
        f"Run {run_id} has no rows in the history database {path}: it never ran here, or the engine "
        "stopped before recording it (for example a run that crashed against an old v6 database)."
    )


class HistoryDB:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self.path.is_file():
            raise ServiceUnavailable(
                f"No history database at {self.path}. The engine creates it on its first run; "
                "use --history-db or EXECUTIONER_HISTORY_DB to point elsewhere."
            )
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        except sqlite3.Error as error:
            raise ServiceUnavailable(f"Cannot open the history database {self.path}: {error}.") from error
        connection.row_factory = sqlite3.Row
        try:
            yield connection
        except sqlite3.DatabaseError as error:
            raise ServiceUnavailable(f"Cannot read the history database {self.path}: {error}.") from error
        except OverflowError as error:  # SQLite integers are 64-bit
            raise Unprocessable("A number in the request is too large for the history database.") from error
        finally:
            connection.close()

    @staticmethod
    def _columns(db: sqlite3.Connection, table: str) -> set[str]:
        return {row["name"] for row in db.execute(f"PRAGMA table_info({table})")}  # noqa: S608 - fixed names

    def _attempt(self, db: sqlite3.Connection, table: str) -> str:
        return "attempt_id" if "attempt_id" in self._columns(db, table) else "1"

    def schema_version(self) -> int | None:
        with self._connect() as db:
            if not self._columns(db, "schema_version"):
                return None
            value = db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
            return int(value) if value is not None else None

    def applications(self) -> list[Row]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT application_name, COUNT(DISTINCT run_id) AS runs, MAX(start_time) AS last_start "
                "FROM run_summary GROUP BY application_name ORDER BY last_start DESC"
            )
            return [dict(row) for row in rows]

    def list_runs(self, application: str | None, limit: int, offset: int) -> dict[str, Any]:
        """Runs newest first (by run id), each with all its attempts; paged over runs, not attempts."""
        where, params = ("WHERE application_name = ?", [application]) if application else ("", [])
        ids_sql = f"SELECT run_id FROM run_summary {where} UNION SELECT run_id FROM job_history {where}"  # noqa: S608
        with self._connect() as db:
            total = db.execute(f"SELECT COUNT(*) FROM ({ids_sql})", params * 2).fetchone()[0]  # noqa: S608
            page = db.execute(
                f"SELECT run_id FROM ({ids_sql}) ORDER BY run_id DESC LIMIT ? OFFSET ?",  # noqa: S608
                [*params, *params, limit, offset],
            ).fetchall()
            runs = [self._run(db, row["run_id"]) for row in page]
        return {"total": total, "limit": limit, "offset": offset, "application": application, "runs": runs}

    def run_details(self, run_id: int) -> dict[str, Any]:
        if abs(run_id) > SQLITE_MAX_INT:
            raise _missing_run(run_id, self.path)
        with self._connect() as db:
            run: Row | None = self._run(db, run_id)
            attempt = self._attempt(db, "job_history")
            rows = db.execute(
                f"SELECT *, {attempt} AS attempt FROM job_history WHERE run_id = ? "  # noqa: S608
                "ORDER BY last_run IS NOT NULL, last_run, attempt",
                [run_id],
            ).fetchall()
        if run is None:
            raise _missing_run(run_id, self.path)
        jobs = [_job(dict(row)) for row in rows]
        statuses = [job["status"] for job in jobs]
        run["jobs"] = jobs
        run["counts"] = {
            "unique_jobs": len({job["job_id"] for job in jobs}),
            "total_executions": len(jobs),
            "successful": statuses.count("SUCCESS"),
            "failed": sum(statuses.count(s) for s in _FAILED),
            "skipped": statuses.count("SKIPPED"),
        }
        if run["working_dir"]:
            run["main_log"] = (
                f"{run['working_dir']}/logs/executioner.{run['application_name']}.run-{run_id}.log"
            )
        return run

    def timeline(self, run_id: int) -> dict[str, Any]:
        """One Gantt bar per try of every job in every attempt of the run (history_timing)."""
        if abs(run_id) > SQLITE_MAX_INT:
            raise _missing_run(run_id, self.path)
        with self._connect() as db:
            summaries = self._rows(db, "run_summary", "run_id = ?", [run_id])
            rows = self._rows(db, "job_history", "run_id = ?", [run_id])
        if not summaries and not rows:
            raise _missing_run(run_id, self.path)
        return history_timing.timeline(run_id, summaries, rows)

    def durations(self, application: str, limit: int) -> dict[str, Any]:
        """Each job's duration in the application's last `limit` runs (attempts), oldest first."""
        with self._connect() as db:
            attempt = self._attempt(db, "run_summary")
            latest = db.execute(
                f"SELECT run_id, {attempt} AS attempt, start_time, status FROM run_summary "  # noqa: S608
                "WHERE application_name = ? ORDER BY start_time DESC, run_id DESC, attempt DESC LIMIT ?",
                [application, limit],
            ).fetchall()
            runs = [dict(row) for row in reversed(latest)]
            chosen = {(run["run_id"], run["attempt"]) for run in runs}
            ids = sorted({run_id for run_id, _ in chosen})
            marks = ",".join("?" * len(ids))
            rows = self._rows(db, "job_history", f"run_id IN ({marks})", ids) if ids else []
        rows = [row for row in rows if (row["run_id"], row["attempt"]) in chosen]
        return history_timing.durations(application, runs, rows)

    def _rows(self, db: sqlite3.Connection, table: str, where: str, params: list[Any]) -> list[Row]:
        attempt = self._attempt(db, table)
        # Fixed table names and placeholders only; rowid keeps the engine's insertion (= run) order.
        sql = f"SELECT *, rowid AS rowid, {attempt} AS attempt FROM {table} WHERE {where}"  # noqa: S608
        return [dict(row) for row in db.execute(f"{sql} ORDER BY attempt, rowid", params)]

    def _run(self, db: sqlite3.Connection, run_id: int) -> Row | None:
        attempt = self._attempt(db, "run_summary")
        summaries = [
            dict(row)
            for row in db.execute(
                f"SELECT *, {attempt} AS attempt FROM run_summary WHERE run_id = ? ORDER BY attempt",  # noqa: S608
                [run_id],
            )
        ]
        job_rows = db.execute(
            "SELECT COUNT(*) AS n, MAX(application_name) AS app, "
            "SUM(status = 'SUCCESS') AS ok, SUM(status IN ('FAILED','ERROR','TIMEOUT')) AS bad "
            "FROM job_history WHERE run_id = ?",
            [run_id],
        ).fetchone()
        if not summaries and not job_rows["n"]:
            return None
        attempts = [_attempt_row(s) for s in summaries]
        latest = attempts[-1] if attempts else None
        return {
            "run_id": run_id,
            "application_name": latest["application_name"] if latest else job_rows["app"],
            # Runs known only from job rows get the engine's derived status (ENGINE.md §8.2).
            "status": latest["status"] if latest else ("FAILED" if job_rows["bad"] else "SUCCESS"),
            "start_time": min((a["start_time"] for a in attempts if a["start_time"]), default=None),
            "end_time": latest["end_time"] if latest else None,
            "working_dir": latest["working_dir"] if latest else None,
            "total_attempts": latest["attempt"] if latest else 1,
            "job_rows": job_rows["n"],
            "has_summary": bool(attempts),
            "attempts": attempts,
        }


def _attempt_row(summary: Row) -> Row:
    keys = (
        "application_name",
        "status",
        "start_time",
        "end_time",
        "total_jobs",
        "completed_jobs",
        "failed_jobs",
        "skipped_jobs",
        "exit_code",
        "working_dir",
        "created_at",
    )
    row = {key: summary.get(key) for key in keys}
    return {
        "attempt": summary["attempt"],
        **row,
        "duration_seconds": _seconds(row["start_time"], row["end_time"]),
    }


def _job(row: Row) -> Row:
    attempts, problem = retry_history(row.get("retry_history"))
    return {
        "job_id": row["id"],
        "attempt": row["attempt"],
        "description": row.get("description"),
        "command": row.get("command"),
        "status": row.get("status"),
        "last_run": row.get("last_run"),
        "end_time": _plus(row.get("last_run"), row.get("duration_seconds")),
        "duration_seconds": row.get("duration_seconds"),
        "retry_count": row.get("retry_count"),
        "last_error": row.get("last_error"),
        "last_exit_code": row.get("last_exit_code"),
        # What each try really ended as: keeps TIMEOUT / POSTCHECK_FAILED the status column loses.
        "attempts": attempts,
        "attempt_statuses": [a.get("status") for a in attempts],
        "retry_history_error": problem,
    }


def _seconds(start: Any, end: Any) -> float | None:
    first, last = parse_time(start), parse_time(end)
    return (last - first).total_seconds() if first and last else None


def _plus(start: Any, seconds: Any) -> str | None:
    first = parse_time(start)
    if first is None or not isinstance(seconds, int | float):
        return None
    return (first + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")
