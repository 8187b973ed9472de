"""The stand-in engine's execute mode behaves like the real engine where the studio depends on it:
run order, console lines, exit codes, history rows, signals. When the real engine is on this machine
(/opt/executioner, or EXECUTIONER_REAL_ENGINE), both are run on the same config and compared."""

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.run_helpers import alive, kill_leftovers, wait_until
from tests.standin import write_standin

REAL_ENGINE = Path(os.environ.get("EXECUTIONER_REAL_ENGINE", "/opt/executioner/executioner.py"))
STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d - ")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# ENGINE.md §7.3: declared [c(dep a), a, b, d(dep c, b)] runs a, b, c, d. Plus a timeout, a retried
# failure and a job that depends on it.
JOBS = [
    {"id": "c", "command": "echo c", "dependencies": ["a"]},
    {"id": "a", "description": "A job", "command": "echo a"},
    {"id": "b", "command": "echo b"},
    {"id": "slow", "command": "sleep 5", "timeout": 1},
    {"id": "flaky", "command": "exit 3", "max_retries": 1, "retry_delay": 0.1, "dependencies": ["b"]},
    {"id": "d", "command": "echo d", "dependencies": ["c", "b"]},
    {"id": "after_flaky", "command": "echo never", "dependencies": ["flaky"]},
]


def config(folder: Path, jobs: list[dict[str, Any]], name: str = "probe") -> Path:
    work = folder / "work"
    work.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"application_name": name, "working_dir": str(work), "jobs": jobs}))
    return path


def run(script: Path, *args: str) -> tuple[int, list[str]]:
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(script), *args], capture_output=True, text=True, timeout=60, check=False
    )
    return done.returncode, [ANSI.sub("", line) for line in done.stdout.splitlines()]


def engine_lines(lines: list[str]) -> list[str]:
    """The engine's own log lines, without timestamps and durations, minus DB setup chatter."""
    skipped = ("Applying database migration", "Database ", "Added missing column", "Email notifications")
    messages = [STAMP.sub("", line) for line in lines if STAMP.match(line)]
    kept = [m for m in messages if not m.split(" - ")[-1].startswith(skipped)]
    return [
        _sorted_list(re.sub(r"successfully in \d+\.\d+ seconds", "successfully in N seconds", m))
        for m in kept
    ]


def _sorted_list(message: str) -> str:
    """The engine lists job sets in hash order, which changes per process: compare them sorted."""
    for label in ("not completed: ", "not in previous run: "):
        if label in message:
            head, items = message.split(label, 1)
            return head + label + ", ".join(sorted(items.split(", ")))
    return message


def rows(db: Path, run_id: int) -> list[dict[str, Any]]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    found = [
        dict(r)
        for r in connection.execute("SELECT * FROM job_history WHERE run_id = ? ORDER BY id", (run_id,))
    ]
    for row in found:
        for key in ("duration_seconds", "last_run"):
            row.pop(key)
        history = json.loads(row.pop("retry_history"))
        row["attempts"] = [(a["attempt"], a["success"], a["exit_code"], a["status"]) for a in history]
    return found


def summary(db: Path, run_id: int) -> dict[str, Any]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    row = dict(connection.execute("SELECT * FROM run_summary WHERE run_id = ?", (run_id,)).fetchone())
    return {k: v for k, v in row.items() if k not in ("start_time", "end_time", "created_at")}


def test_execute_mode_runs_jobs_in_the_engines_order_and_writes_v8_history(tmp_path: Path) -> None:
    script = write_standin(tmp_path / "engine")
    code, lines = run(script, "-c", str(config(tmp_path, JOBS)), "--continue-on-error")
    messages = engine_lines(lines)
    started = [m.removeprefix("INFO - Starting job ").strip("'") for m in messages if "Starting job" in m]
    assert started == ["a", "b", "slow", "c", "flaky", "d"]
    assert "ERROR - Job slow timed out after 1 seconds (timeout=1)." in messages
    assert "INFO - Will retry job flaky in 0.1 seconds (attempt 1/1)" in messages
    assert "ERROR - Job flaky failed after 2 attempts." in messages
    assert messages[-1] == "INFO - Updated run summary for run ID: 1 with status: FAILED"
    assert code == 1  # after_flaky was never processed
    db = tmp_path / "engine" / "data" / "jobs_history.db"
    by_id = {r["id"]: r for r in rows(db, 1)}
    assert by_id["slow"]["status"] == "FAILED" and by_id["slow"]["attempts"] == [(1, False, -1, "TIMEOUT")]
    assert by_id["flaky"]["retry_count"] == 1 and by_id["flaky"]["attempts"] == [
        (1, False, 3, "FAILED"),
        (2, False, 3, "FAILED"),
    ]
    assert "after_flaky" not in by_id
    assert summary(db, 1)["status"] == "FAILED" and summary(db, 1)["exit_code"] == 1


def test_resume_skips_the_jobs_that_succeeded_in_that_run(tmp_path: Path) -> None:
    script = write_standin(tmp_path / "engine")
    path = config(tmp_path, [{"id": "ok", "command": "echo ok"}, {"id": "bad", "command": "exit 1"}])
    assert run(script, "-c", str(path))[0] == 1
    path.write_text(path.read_text().replace("exit 1", "echo fixed"))
    code, lines = run(script, "-c", str(path), "--resume-from", "1")
    messages = engine_lines(lines)
    assert code == 0
    assert "INFO - Initialized run ID: 1, attempt: 2" in messages
    assert "INFO - Skipping previously successful job: ok" in messages
    assert [m for m in messages if "Starting job" in m] == ["INFO - Starting job 'bad'"]


def test_sigterm_kills_the_stand_in_but_not_its_job_and_leaves_the_row_running(tmp_path: Path) -> None:
    script = write_standin(tmp_path / "engine")
    path = config(tmp_path, [{"id": "long", "command": "echo $$ > job.pid; exec sleep 300"}])
    engine = subprocess.Popen([sys.executable, str(script), "-c", str(path)], stdout=subprocess.DEVNULL)  # noqa: S603
    pid_file = tmp_path / "work" / "job.pid"
    job = int(wait_until(lambda: pid_file.is_file() and pid_file.read_text().strip(), what="the job"))
    try:
        engine.send_signal(signal.SIGTERM)
        assert engine.wait(10) == -signal.SIGTERM
        assert alive(job)  # its own session: the engine's death does not reach it
        assert summary(tmp_path / "engine" / "data" / "jobs_history.db", 1)["status"] == "RUNNING"
    finally:
        kill_leftovers([job])


def test_sigint_stops_after_the_current_job(tmp_path: Path) -> None:
    script = write_standin(tmp_path / "engine")
    jobs = [{"id": "one", "command": "touch started; sleep 1"}, {"id": "two", "command": "echo two"}]
    engine = subprocess.Popen(  # noqa: S603
        [sys.executable, str(script), "-c", str(config(tmp_path, jobs))], stdout=subprocess.PIPE, text=True
    )
    wait_until(lambda: (tmp_path / "work" / "started").is_file(), what="job one")
    engine.send_signal(signal.SIGINT)
    out, _ = engine.communicate(timeout=30)
    assert "Interrupt received. Will stop after current job completes..." in out
    assert "Job 'one' completed successfully" in out and "Starting job 'two'" not in out
    assert engine.returncode == 1


@pytest.mark.skipif(not REAL_ENGINE.is_file(), reason=f"the real engine is not at {REAL_ENGINE}")
def test_execute_mode_matches_the_real_engine(tmp_path: Path) -> None:
    """Same config, same flags: same engine lines (timestamps and durations aside), exit code and rows.
    The real engine is copied, since it writes its history DB beside itself (ENGINE.md §8.3)."""
    real = tmp_path / "real"
    shutil.copytree(REAL_ENGINE.parent, real, ignore=shutil.ignore_patterns("data", "logs", "__pycache__"))
    standin = write_standin(tmp_path / "standin")
    path = config(tmp_path, JOBS)
    for flags in (["--continue-on-error"], ["--skip", "a,slow"], ["--resume-from", "2"]):
        real_code, real_lines = run(real / "executioner.py", "-c", str(path), *flags)
        code, lines = run(standin, "-c", str(path), *flags)
        assert (code, engine_lines(lines)) == (real_code, engine_lines(real_lines)), flags
    for run_id in (1, 2):
        assert rows(standin.parent / "data" / "jobs_history.db", run_id) == rows(
            real / "data" / "jobs_history.db", run_id
        )
        assert summary(standin.parent / "data" / "jobs_history.db", run_id) == summary(
            real / "data" / "jobs_history.db", run_id
        )


def test_parallel_configs_run_in_waves_of_max_workers(tmp_path: Path) -> None:
    script = write_standin(tmp_path / "engine")
    jobs = [
        {"id": "a1", "command": "sleep 1"},
        {"id": "a2", "command": "sleep 1"},
        {"id": "a3", "command": "echo a3"},
        {"id": "b1", "command": "echo b1", "dependencies": ["a1", "a2"]},
    ]
    path = tmp_path / "wide.json"
    work = tmp_path / "work"
    work.mkdir()
    path.write_text(json.dumps({"working_dir": str(work), "parallel": True, "max_workers": 2, "jobs": jobs}))
    code, lines = run(script, "-c", str(path))
    messages = engine_lines(lines)
    assert code == 0 and "INFO - Parallel execution with 2 workers" in messages
    position = {m: i for i, m in enumerate(messages)}
    # a1 and a2 run together; a3 waits for that wave to end (then runs beside b1).
    assert (
        position["INFO - Starting job 'a2'"] < position["INFO - Job 'a1' completed successfully in N seconds"]
    )
    assert (
        position["INFO - Starting job 'a3'"] > position["INFO - Job 'a2' completed successfully in N seconds"]
    )
    assert (
        position["INFO - Starting job 'b1'"] > position["INFO - Job 'a1' completed successfully in N seconds"]
    )
