"""Helpers for the run-control tests: configs whose jobs escape into new sessions, pid checks, polling
with a deadline (no fixed sleeps) and a real server process (`python -m executioner_studio serve`)."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import TOKEN

SERVER_ROOT = Path(__file__).resolve().parents[1]

# One job, started by the engine in its own session, that starts two more sessions with `setsid`:
# one ends on SIGTERM, one ignores it (`trap '' TERM`, inherited by the exec'd sleep). Each writes
# its pid, so the test can check every one of them by pid.
ESCAPING_JOB = (
    "setsid sh -c 'echo $$ > free.pid; exec sleep 300' & "
    "setsid sh -c \"trap '' TERM; echo \\$\\$ > stubborn.pid; exec sleep 300\" & "
    "echo $$ > job.pid; sleep 300"
)
PID_FILES = ("job.pid", "free.pid", "stubborn.pid")


def write_config(workspace: Path, name: str, working_dir: Path, jobs: list[dict[str, Any]]) -> str:
    working_dir.mkdir(parents=True, exist_ok=True)
    config = {"application_name": name, "working_dir": str(working_dir), "jobs": jobs}
    (workspace / f"{name}.json").write_text(json.dumps(config, indent=2) + "\n")
    return f"{name}.json"


def escaping_config(workspace: Path, name: str, working_dir: Path) -> str:
    jobs = [{"id": "first", "command": "echo first"}, {"id": "spawner", "command": ESCAPING_JOB}]
    return write_config(workspace, name, working_dir, jobs)


def wait_until(predicate: Callable[[], Any], timeout: float = 20, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def job_pids(working_dir: Path) -> list[int]:
    """The pids the escaping job wrote, once all three are there."""

    def read() -> list[int] | None:
        try:
            pids = [int((working_dir / name).read_text()) for name in PID_FILES]
        except (OSError, ValueError):
            return None
        return pids

    pids: list[int] = wait_until(read, what=f"the job's pid files in {working_dir}")
    return pids


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited but is not reaped yet; /proc tells them apart.
    status = Path(f"/proc/{pid}/status")
    try:
        return "State:\tZ" not in status.read_text()
    except OSError:
        return False


def kill_leftovers(pids: list[int]) -> None:
    """So a failing test leaves nothing behind (each pid leads its own group: the engine and each job)."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def events(entries: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e["data"] for e in entries if e["kind"] == "event" and e["data"]["type"] == kind]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServerProcess:
    """The studio server as a user starts it, on a free port."""

    def __init__(self, workspace: Path, engine: Path, *extra: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "executioner_studio", "serve", "--workspace", str(workspace)]
        command += ["--engine", str(engine), "--engine-python", sys.executable, "--port", str(self.port)]
        environment = {**os.environ, "PYTHONPATH": str(SERVER_ROOT), "EXECUTIONER_STUDIO_TOKEN": TOKEN}
        self.process = subprocess.Popen(  # noqa: S603
            [*command, *extra],
            cwd=SERVER_ROOT,
            env={**environment, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.client = httpx.Client(base_url=self.url, headers={"X-Studio-Token": TOKEN}, timeout=10)
        wait_until(self._healthy, timeout=30, what="the server to answer")

    def _healthy(self) -> bool:
        if self.process.poll() is not None:
            stderr = self.process.stderr.read().decode() if self.process.stderr else ""
            raise AssertionError(f"the server exited: {stderr}")
        try:
            return self.client.get("/api/health").status_code == 200
        except httpx.TransportError:
            return False

    def run_state(self, run_id: str) -> dict[str, Any]:
        run: dict[str, Any] = self.client.get(f"/api/runs/{run_id}").json()
        return run

    def close(self) -> None:
        self.client.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
