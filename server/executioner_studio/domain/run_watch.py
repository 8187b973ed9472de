"""Watching a run: follow the engine's output file, keep its process tree up to date, stop it, and
write an honest end (a run is `cancelled` only once none of its processes is left)."""

import contextlib
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from .engine import Engine
from .processes import is_running
from .run import Run

READ_PAUSE_SECONDS = 0.1
OBSERVE_SECONDS = 0.25  # how often the process table is read for a run's new job processes
KILL_ROUNDS = 40  # SIGKILL passes (50 ms apart) for processes forked while the previous ones died


def start_engine(command: list[str], engine: Engine, output: BinaryIO) -> "subprocess.Popen[bytes]":
    """The engine writes to the run's output file itself: no pipe to the server, so it keeps running
    (and its output keeps being recorded) when the server stops; a new server follows the file."""
    return subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        command,
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT,
        cwd=engine.cwd,
        env=engine.environment(),
        start_new_session=True,  # its own session and group: out of reach of the server's terminal
    )


def engine_ended(run: Run) -> bool:
    if run.process is not None:
        return run.process.poll() is not None
    return run.pid is None or not is_running(run.pid, run.start_ticks)


def follow(run: Run, stop: threading.Event, on_end: Callable[[Run], None]) -> None:
    """Turn new output into entries until the engine has ended, then `on_end`. Returns early without
    ending the run when `stop` is set (the server detaches: a new server continues from `run.offset`)."""
    last_observe = 0.0
    pending = b""
    try:
        output = open(run.store.output_path(run.id), "rb")  # noqa: SIM115 - closed by the with below
    except OSError:  # the run's folder was removed by hand: its output is gone, its end is not
        while not engine_ended(run) and not stop.is_set():
            time.sleep(READ_PAUSE_SECONDS)
        if not stop.is_set():
            on_end(run)
        return
    with output:
        output.seek(run.offset)
        while not (stop.is_set() and not run.cancel_requested):  # a cancel in progress is seen through
            ended = engine_ended(run)  # checked before reading, so no line written before the end is lost
            chunk = output.read(1 << 16)
            pending = _lines(run, pending + chunk)
            if time.monotonic() - last_observe >= OBSERVE_SECONDS and run.tree is not None:
                last_observe = time.monotonic()
                if run.tree.observe():
                    run.save()
            if ended and not chunk:
                break
            if not chunk:
                time.sleep(READ_PAUSE_SECONDS)
        else:
            return
    if pending:
        run.add_line(pending, run.offset + len(pending))
    on_end(run)


def _lines(run: Run, data: bytes) -> bytes:
    """Entries for every complete line in `data`; the unfinished rest."""
    start = 0
    while (end := data.find(b"\n", start)) >= 0:
        run.add_line(data[start : end + 1], run.offset + end + 1 - start)
        start = end + 1
    return data[start:]


def terminate(run: Run, grace_seconds: float, hurry: threading.Event, hurry_grace: float) -> None:
    """SIGTERM to the engine and every job group and session it started; SIGKILL to whatever is left
    after the grace period (jobs that ignore SIGTERM, orphans re-parented to init). When `hurry` is
    set (the server is stopping) at most `hurry_grace` of the grace remains."""
    tree = run.tree
    if tree is None:
        return
    run.record_event({"type": "cancel_requested", "grace_seconds": grace_seconds})
    run.record_event({"type": "killed", "signal": "SIGTERM", "pids": tree.signal(signal.SIGTERM)})
    run.save()
    deadline = time.monotonic() + grace_seconds
    hurried = False
    while tree.members() and time.monotonic() < deadline:
        if hurry.is_set() and not hurried:
            deadline, hurried = min(deadline, time.monotonic() + hurry_grace), True
        time.sleep(0.05)
        tree.observe()
    killed: set[int] = set()
    for _ in range(KILL_ROUNDS):
        if not tree.members():
            break
        killed.update(tree.signal(signal.SIGKILL))
        time.sleep(0.05)
    if killed:
        run.record_event({"type": "killed", "signal": "SIGKILL", "pids": sorted(killed)})
    if left := tree.members():  # another user's process, or stuck in the kernel: say so
        pids = sorted(p.pid for p in left)
        run.record_event({"type": "processes_left", "pids": pids})
        run.note = f"These processes of the run could not be stopped: {', '.join(map(str, pids))}."


def finish(run: Run, history_db: Path | None) -> None:
    """The run's end, as honest as the server can tell it."""
    if run.stopper is not None:
        run.stopper.join()  # a cancelled run ends once none of its processes is left
    exit_code = run.process.returncode if run.process is not None else None
    left = run.tree.members() if run.tree is not None else []
    if left and run.stopper is None:
        run.record_event({"type": "processes_left", "pids": sorted(p.pid for p in left)})
    run.exit_code = exit_code
    if run.cancel_requested and not (left and run.stopper is None):
        run.state, status = "cancelled", "CANCELLED"
    elif exit_code is not None:
        run.state, status = "finished", run.engine_status or ("SUCCESS" if exit_code == 0 else "FAILED")
    elif run.engine_status is not None:
        run.state, status = "finished", run.engine_status
        run.note = (
            "The engine ended while no server was watching it: its exit code is unknown; its own last "
            f"status line says {run.engine_status}."
        )
    else:
        run.state, status = "lost", "LOST"
        run.note = (
            "The server stopped while this run was active and its engine has ended since: "
            "how the run ended is unknown."
        )
    if run.state in ("cancelled", "lost") and engine_row_running(history_db, run):
        run.engine_status_stale = True
        message = (
            f"The engine's history still says RUNNING for run {run.engine_run_id}: "
            "it was stopped before it could record the end."
        )
        run.note = message if run.note is None else f"{run.note} {message}"
        run.record_event(
            {"type": "engine_status_stale", "engine_run_id": run.engine_run_id, "message": message}
        )
    elif run.state in ("cancelled", "lost"):
        run.engine_status_stale = False if run.engine_run_id is not None else None
    run.ended_at = datetime.now(UTC).isoformat()
    run.record_event({"type": "run_finished", "status": status, "exit_code": exit_code})
    run.save()


def engine_row_running(history_db: Path | None, run: Run) -> bool:
    """True when the engine's history DB still has this run's (latest attempt's) row as RUNNING."""
    if history_db is None or run.engine_run_id is None or not history_db.is_file():
        return False
    with contextlib.suppress(sqlite3.Error):
        db = sqlite3.connect(f"file:{history_db}?mode=ro", uri=True, timeout=2)
        try:
            rows = db.execute("SELECT * FROM run_summary WHERE run_id = ?", (run.engine_run_id,))
            names = [d[0] for d in rows.description]
            found = [dict(zip(names, row, strict=True)) for row in rows.fetchall()]
        finally:
            db.close()
        if run.engine_attempt is not None and found and "attempt_id" in found[0]:
            found = [r for r in found if r["attempt_id"] == run.engine_attempt]
        return bool(found) and found[-1].get("status") == "RUNNING"
    return False
