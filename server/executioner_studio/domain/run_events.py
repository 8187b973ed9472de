"""Structured events recognised in a run's console output (formats of `transcripts/run_*.txt`)."""

import re
from collections.abc import Callable
from typing import Any

from .engine_output import TIMESTAMPED, strip_ansi

Event = dict[str, Any]


def _run_started(m: re.Match[str]) -> Event:
    return {"type": "run_started", "engine_run_id": int(m[1]), "attempt": int(m[2])}


def _job_started(m: re.Match[str]) -> Event:
    return {"type": "job_started", "job": m[1]}


def _job_succeeded(m: re.Match[str]) -> Event:
    return {"type": "job_succeeded", "job": m[1], "duration_seconds": float(m[2])}


def _timeout(m: re.Match[str]) -> Event:
    return {"type": "timeout", "job": m[1], "after_seconds": float(m[2])}


def _job_failed(m: re.Match[str]) -> Event:
    return {"type": "job_failed", "job": m[1], "attempts": int(m[2])}


def _post_check_failed(m: re.Match[str]) -> Event:
    return {"type": "post_check_failed", "job": m[1], "duration_seconds": float(m[2])}


def _retry(m: re.Match[str]) -> Event:
    return {"type": "retry", "job": m[1], "delay_seconds": float(m[2]), "attempt": int(m[3]), "of": int(m[4])}


def _job_skipped(m: re.Match[str]) -> Event:
    return {"type": "job_skipped", "job": m[1], "reason": "previously successful"}


def _summary(m: re.Match[str]) -> Event:
    return {"type": "run_status", "engine_run_id": int(m[1]), "status": m[2]}


# Message text after `<timestamp> - <LEVEL> - `, in the engine's own wording.
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Event]]] = [
    (re.compile(r"^Initialized run ID: (\d+), attempt: (\d+)$"), _run_started),
    (re.compile(r"^Starting job '(.*)'$"), _job_started),
    (re.compile(r"^Job '(.*)' completed successfully in ([\d.]+) seconds$"), _job_succeeded),
    (re.compile(r"^Job (.*) timed out after ([\d.]+) seconds \(timeout=.*\)\.$"), _timeout),
    (re.compile(r"^Job (.*) failed after (\d+) attempts\.$"), _job_failed),
    (re.compile(r"^Job (.*) failed post-checks after ([\d.]+) seconds\.$"), _post_check_failed),
    (re.compile(r"^Will retry job (.*) in ([\d.]+) seconds \(attempt (\d+)/(\d+)\)$"), _retry),
    (re.compile(r"^Skipping previously successful job: (.*)$"), _job_skipped),
    (re.compile(r"^Updated run summary for run ID: (\d+) with status: (\w+)$"), _summary),
]


def event_from_line(line: str) -> Event | None:
    """The event a single output line announces, with the engine's timestamp, or None."""
    logged = TIMESTAMPED.match(strip_ansi(line).rstrip("\r\n"))
    if not logged:
        return None
    for pattern, build in _PATTERNS:
        found = pattern.match(logged.group(3))
        if found:
            return {**build(found), "time": logged.group(1)}
    return None
