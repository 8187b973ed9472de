"""Engine runs started from the studio: child processes that outlive the browser tab.

Each run keeps every output line and parsed event in memory (up to a cap), so a client that
reconnects gets everything from the start, then follows new entries.
"""

import contextlib
import os
import signal
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import Conflict, NotFound, ServiceUnavailable
from .engine import Engine, RunOptions
from .engine_output import strip_ansi
from .run_events import event_from_line

MAX_ENTRIES = 200_000


@dataclass
class Entry:
    seq: int
    kind: str  # "line" | "event"
    data: dict[str, Any]


@dataclass
class Run:
    id: str
    config: str
    command: list[str]
    started_at: str
    process: subprocess.Popen[str] | None = None
    state: str = "running"  # running | finished | cancelled | failed_to_start
    exit_code: int | None = None
    engine_run_id: int | None = None
    engine_status: str | None = None
    cancel_requested: bool = False
    entries: list[Entry] = field(default_factory=list)
    dropped: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, data: dict[str, Any]) -> None:
        with self.lock:
            seq = self.dropped + len(self.entries)
            self.entries.append(Entry(seq, kind, data))
            if len(self.entries) > MAX_ENTRIES:  # keep memory bounded for endless output
                del self.entries[0]
                self.dropped += 1

    def since(self, seq: int) -> list[Entry]:
        with self.lock:
            start = max(0, seq - self.dropped)
            return self.entries[start:]

    @property
    def active(self) -> bool:
        return self.state == "running"

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "config": self.config,
            "state": self.state,
            "exit_code": self.exit_code,
            "engine_run_id": self.engine_run_id,
            "engine_status": self.engine_status,
            "started_at": self.started_at,
            "command": self.command,
            "entries": self.dropped + len(self.entries),
        }


class RunManager:
    def __init__(self, grace_seconds: float = 5.0) -> None:
        self.grace_seconds = grace_seconds
        self._runs: dict[str, Run] = {}
        self._lock = threading.Lock()

    def start(self, engine: Engine, config_name: str, config_path: Path, options: RunOptions) -> Run:
        command = [*engine.base_command(), "-c", str(config_path.resolve()), *options.arguments()]
        with self._lock:
            busy = [r for r in self._runs.values() if r.config == config_name and r.active]
            if busy:
                raise Conflict(
                    f"{config_name} is already running (run {busy[0].id}).", extra={"run": busy[0].id}
                )
            run = Run(uuid.uuid4().hex[:12], config_name, command, datetime.now(UTC).isoformat())
            self._runs[run.id] = run
        try:
            run.process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
                bufsize=1,
                cwd=engine.cwd,
                env=engine.environment(),
                start_new_session=True,  # own process group: cancel reaches the jobs it spawned
            )
        except OSError as error:
            run.state = "failed_to_start"
            raise ServiceUnavailable(f"Could not start the engine: {error}.") from error
        run.add("event", {"type": "process_started", "pid": run.process.pid, "command": command})
        threading.Thread(target=self._follow, args=(run,), daemon=True, name=f"run-{run.id}").start()
        return run

    def _follow(self, run: Run) -> None:
        process = run.process
        assert process is not None and process.stdout is not None
        for line in process.stdout:
            text = line.rstrip("\r\n")
            run.add("line", {"text": strip_ansi(text)})
            event = event_from_line(text)
            if event is not None:
                if event["type"] == "run_started":
                    run.engine_run_id = event["engine_run_id"]
                elif event["type"] == "run_status":
                    run.engine_status = event["status"]
                run.add("event", event)
        run.exit_code = process.wait()
        status = "CANCELLED" if run.cancel_requested else (run.engine_status or _status_of(run.exit_code))
        run.add("event", {"type": "run_finished", "status": status, "exit_code": run.exit_code})
        run.state = "cancelled" if run.cancel_requested else "finished"

    def get(self, run_id: str) -> Run:
        run = self._runs.get(run_id)
        if run is None:
            raise NotFound(f"No run {run_id!r} on this server (runs are kept until the server stops).")
        return run

    def list(self) -> list[Run]:
        return sorted(self._runs.values(), key=lambda r: r.started_at, reverse=True)

    def cancel(self, run_id: str) -> Run:
        """SIGTERM to the run's process group, then SIGKILL if it is still alive after the grace period."""
        run = self.get(run_id)
        if not run.active or run.process is None:
            return run
        run.cancel_requested = True
        run.add("event", {"type": "cancel_requested", "grace_seconds": self.grace_seconds})
        self._signal(run, signal.SIGTERM)
        threading.Thread(target=self._kill_later, args=(run,), daemon=True).start()
        return run

    def _kill_later(self, run: Run) -> None:
        deadline = time.monotonic() + self.grace_seconds
        while time.monotonic() < deadline:
            if run.process is None or run.process.poll() is not None:
                return
            time.sleep(0.05)
        run.add("event", {"type": "killed", "signal": "SIGKILL"})
        self._signal(run, signal.SIGKILL)

    @staticmethod
    def _signal(run: Run, sig: signal.Signals) -> None:
        if run.process is None:
            return
        # The group id is the child's pid (start_new_session); jobs it spawned are in the group too.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(run.process.pid, sig)

    def shutdown(self) -> None:
        """Stop active runs when the server stops (their output pipe would close under them anyway):
        SIGTERM now, SIGKILL for whatever is still alive after the grace period."""
        active = [run for run in self.list() if run.active and run.process is not None]
        for run in active:
            run.cancel_requested = True
            self._signal(run, signal.SIGTERM)
        deadline = time.monotonic() + self.grace_seconds
        for run in active:
            assert run.process is not None
            with contextlib.suppress(subprocess.TimeoutExpired):
                run.process.wait(timeout=max(0.0, deadline - time.monotonic()))
            if run.process.poll() is None:
                self._signal(run, signal.SIGKILL)


def _status_of(exit_code: int) -> str:
    return "SUCCESS" if exit_code == 0 else "FAILED"
