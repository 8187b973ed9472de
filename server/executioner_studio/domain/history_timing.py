"""Timing of runs read from the engine's history DB: one Gantt bar per try, and per-job duration
trends (schema v6 and v8, ENGINE.md §9).

How the engine records time (jobs/job_runner.py, checked in the source and in a v8 database):
- `retry_history` holds one entry per try; its `timestamp` is taken right *after* the try's command
  ended (before post-checks), so the try started `duration` seconds earlier. The gap to the next try
  is the retry wait.
- `last_run` is the start of the job's last try (seconds only) and `duration_seconds` that try's length;
  v6 rows have only these two, so their bars are marked `estimated`.
- The status column is lossy (TIMEOUT and ERROR stored as FAILED, a post-check failure as SUCCESS with
  `last_error = 'Post-check failed'`); each try's own `status` in `retry_history` is not.
"""

import json
import re
import statistics
from datetime import datetime, timedelta
from typing import Any

Row = dict[str, Any]
POSTCHECK_FAILED = "Post-check failed"
_REASON_STATUS = re.compile(r"\(status: ([A-Z_]+), exit code: (-?\d+|None)\)")


def parse_time(stamp: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(stamp)) if stamp else None
    except ValueError:
        return None


def retry_history(raw: Any) -> tuple[list[Row], str | None]:
    if raw in (None, ""):
        return [], None
    try:
        value = json.loads(raw)
    except (TypeError, ValueError) as error:
        return [], f"retry_history is not valid JSON: {error}"
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        return [], "retry_history is not a list of attempts"
    return value, None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _try_status(entry: Row, last: bool, row: Row) -> str:
    status = str(entry.get("status") or ("SUCCESS" if entry.get("success") else "FAILED")).upper()
    # A try is logged as SUCCESS before its post-checks run; one that was followed by another try,
    # or ended a job recorded as 'Post-check failed', failed its post-checks.
    if status == "SUCCESS" and (not last or row.get("last_error") == POSTCHECK_FAILED):
        return "POSTCHECK_FAILED"
    return status


def row_status(row: Row) -> str:
    """The job's real outcome when only the row is known (its reason text keeps TIMEOUT / ERROR)."""
    if row.get("last_error") == POSTCHECK_FAILED:
        return "POSTCHECK_FAILED"
    reason = _REASON_STATUS.search(str(row.get("last_error") or ""))
    if reason and str(row.get("status")) != "SUCCESS":
        return reason.group(1)
    return str(row.get("status") or "UNKNOWN")


def _row_exit_code(row: Row) -> int | None:
    if isinstance(row.get("last_exit_code"), int):
        return int(row["last_exit_code"])
    reason = _REASON_STATUS.search(str(row.get("last_error") or ""))
    # A row marked successful afterwards keeps its old failure text; that exit code is stale.
    if reason is None or reason.group(2) == "None" or row.get("status") == "SUCCESS":
        return None
    return int(reason.group(2))


def job_tries(row: Row) -> list[Row]:
    """The timed tries of one job row: `start` (datetime), `duration`, `try`, `status`, `exit_code`,
    `estimated`. Empty when the row has no timing at all."""
    entries, _ = retry_history(row.get("retry_history"))
    tries: list[Row] = []
    for index, entry in enumerate(entries):
        end, duration = parse_time(entry.get("timestamp")), _number(entry.get("duration"))
        if end is None or duration is None:
            continue
        tries.append(
            {
                "try": entry.get("attempt") if isinstance(entry.get("attempt"), int) else index + 1,
                "start": end - timedelta(seconds=duration),
                "duration": duration,
                "status": _try_status(entry, index == len(entries) - 1, row),
                "exit_code": entry.get("exit_code") if isinstance(entry.get("exit_code"), int) else None,
                "estimated": False,
            }
        )
    if tries:
        return tries
    start, duration = parse_time(row.get("last_run")), _number(row.get("duration_seconds"))
    if start is None or duration is None:
        return []
    retries = row.get("retry_count")
    # last_run and duration_seconds describe the job's last try.
    return [
        {
            "try": (retries if isinstance(retries, int) else 0) + 1,
            "start": start,
            "duration": duration,
            "status": row_status(row),
            "exit_code": _row_exit_code(row),
            "estimated": True,
        }
    ]


def _text(moment: datetime | None) -> str | None:
    return moment.isoformat(sep=" ") if moment else None


def timeline(run_id: int, summaries: list[Row], rows: list[Row]) -> dict[str, Any]:
    """Gantt data of one run (all its attempts): offsets in seconds from the run's start, which is the
    earliest of the recorded start and the first try (the recorded start has whole seconds only)."""
    timed: list[tuple[Row, Row]] = []
    untimed: list[str] = []
    for row in rows:
        tries = job_tries(row)
        timed += [(row, t) for t in tries]
        if not tries and row["id"] not in untimed:
            untimed.append(row["id"])
    starts = [t["start"] for _, t in timed]
    ends = [t["start"] + timedelta(seconds=t["duration"]) for _, t in timed]
    starts += [s for s in (parse_time(x.get("start_time")) for x in summaries) if s]
    ends += [e for e in (parse_time(x.get("end_time")) for x in summaries) if e]
    origin = min(starts, default=None)
    end = max(ends, default=None)

    def offset(moment: datetime | None) -> float | None:
        return round((moment - origin).total_seconds(), 3) if moment and origin else None

    bars = [
        {
            "job_id": row["id"],
            "run_attempt": row["attempt"],
            "try": t["try"],
            "start_offset": offset(t["start"]),
            "duration": t["duration"],
            "status": t["status"],
            "exit_code": t["exit_code"],
            "estimated": t["estimated"],
        }
        for row, t in sorted(timed, key=lambda pair: (pair[1]["start"], pair[0]["id"], pair[1]["try"]))
    ]
    return {
        "run_id": run_id,
        "start_time": _text(origin),
        "end_time": _text(end),
        "duration_seconds": offset(end),
        "bars": bars,
        "untimed": untimed,
        "attempts": [
            {
                "attempt": s["attempt"],
                "status": s.get("status"),
                "start_offset": offset(parse_time(s.get("start_time"))),
                "end_offset": offset(parse_time(s.get("end_time"))),
            }
            for s in summaries
        ],
    }


def durations(application: str, runs: list[Row], rows: list[Row]) -> dict[str, Any]:
    """Per-job duration points over the given runs (oldest first). `duration_seconds` is the engine's
    figure (the last try); `wall_seconds` spans every try and the retry waits between them."""
    jobs: dict[str, list[Row]] = {}
    order = {(run["run_id"], run["attempt"]): index for index, run in enumerate(runs)}
    for row in sorted(rows, key=lambda r: (order[(r["run_id"], r["attempt"])], r.get("rowid", 0))):
        tries = job_tries(row)
        first = tries[0]["start"] if tries else None
        last_end = tries[-1]["start"] + timedelta(seconds=tries[-1]["duration"]) if tries else None
        jobs.setdefault(row["id"], []).append(
            {
                "run_id": row["run_id"],
                "attempt": row["attempt"],
                "status": tries[-1]["status"] if tries else row_status(row),
                "duration_seconds": _number(row.get("duration_seconds")),
                "tries": len(tries) if tries and not tries[0]["estimated"] else None,
                "wall_seconds": round((last_end - first).total_seconds(), 3) if first and last_end else None,
            }
        )
    return {
        "application": application,
        "runs": runs,
        "jobs": [
            {"job_id": job, "points": points, "median_seconds": _median_success(points)}
            for job, points in jobs.items()
        ],
    }


def _median_success(points: list[Row]) -> float | None:
    values = [p["duration_seconds"] for p in points if p["status"] == "SUCCESS"]
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None
