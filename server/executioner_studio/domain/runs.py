"""Engine runs started from the studio: processes that outlive the browser tab and the server.

The engine writes its output to a file under `.studio/runs/<id>/` (run_store.py) and leads its own
session; its jobs each lead another (processes.py). A restarted server lists earlier runs, re-attaches
to an engine that is still running and marks the others lost. On shutdown active runs are cancelled
(default) or left running for the next server to re-attach ("detach").
"""

import contextlib
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from ..errors import Conflict, NotFound, ServiceUnavailable, StudioError
from . import run_watch
from .engine import Engine, RunOptions
from .processes import ProcessTree, read_process
from .run import Entry, Run
from .run_store import RunStore

__all__ = ["Entry", "Run", "RunManager"]
SHUTDOWN_GRACE_SECONDS = 1.5  # at shutdown the grace is capped so the server is gone within 5 s
ON_SHUTDOWN = ("cancel", "detach")


class RunManager:
    def __init__(
        self,
        store: RunStore,
        grace_seconds: float = 5.0,
        on_shutdown: str = "cancel",
        history_db: Path | None = None,
    ) -> None:
        self.store = store
        self.grace_seconds = grace_seconds
        self.on_shutdown = on_shutdown
        self.history_db = history_db
        self.closing = threading.Event()  # set when the server stops: event streams end
        self._detached = threading.Event()  # followers stop without ending their run
        self._runs: dict[str, Run] = {}
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._load()

    def _load(self) -> None:
        for record, events, output in self.store.load():
            run = Run.from_record(record, events, output, self.store)
            self._runs[run.id] = run
            if run.active:
                if run.pid is not None and not run_watch.engine_ended(run):
                    run.reattached = True
                    run.record_event({"type": "reattached", "pid": run.pid})
                self._watch(run)
        self._prune()

    def start(self, engine: Engine, config_name: str, config_path: Path, options: RunOptions) -> Run:
        command = [*engine.base_command(), "-c", str(config_path.resolve()), *options.arguments()]
        with self._lock:
            busy = [r for r in self._runs.values() if r.config == config_name and r.active]
            if busy:
                raise Conflict(
                    f"{config_name} is already running (run {busy[0].id}).", extra={"run": busy[0].id}
                )
            run = Run(uuid.uuid4().hex[:12], config_name, command, datetime.now(UTC).isoformat(), self.store)
            self._runs[run.id] = run
        try:
            self.store.create(run.id)
            with open(self.store.output_path(run.id), "ab") as output:
                run.process = run_watch.start_engine(command, engine, output)
        except OSError as error:
            run.state = "failed_to_start"
            run.ended_at = datetime.now(UTC).isoformat()
            run.note = f"Could not start the engine: {error}."
            with contextlib.suppress(OSError, StudioError):  # the folder itself may be what failed
                run.save()
            raise ServiceUnavailable(f"Could not start the engine: {error}.") from error
        run.pid = run.process.pid
        seen = read_process(run.pid)
        run.start_ticks = seen.start_ticks if seen else 0
        run.tree = ProcessTree(
            run.pid, run.start_ticks, {run.pid: run.start_ticks}, {run.pid: run.start_ticks}
        )
        run.record_event({"type": "process_started", "pid": run.pid, "command": command})
        run.save()
        self._prune()
        self._watch(run)
        return run

    def _watch(self, run: Run) -> None:
        thread = threading.Thread(
            target=run_watch.follow,
            args=(run, self._detached, lambda r: run_watch.finish(r, self.history_db)),
            daemon=True,
            name=f"run-{run.id}",
        )
        self._threads.append(thread)
        thread.start()

    def _prune(self) -> None:
        with self._lock:
            runs = list(self._runs.values())
            active = {r.id for r in runs if r.active}
            for run_id in self.store.prune([r.to_record() for r in runs], active):
                self._runs.pop(run_id, None)

    def get(self, run_id: str) -> Run:
        run = self._runs.get(run_id)
        if run is None:
            raise NotFound(f"No run {run_id!r} (the newest {self.store.keep} runs are kept).")
        return run

    def list(self) -> list[Run]:
        return sorted(self._runs.values(), key=lambda r: r.started_at, reverse=True)

    def cancel(self, run_id: str) -> Run:
        """Stop the engine and every process it started (in the background; the run reads `cancelled`
        once none is left). A finished run with processes left over gets them stopped too."""
        run = self.get(run_id)
        self._stop(run, self.grace_seconds)
        return run

    def _stop(self, run: Run, grace: float) -> None:
        with self._lock:
            stopping = run.stopper is not None and run.stopper.is_alive()
            if run.tree is None or stopping or not (run.active or run.tree.members()):
                return
            run.cancel_requested = run.cancel_requested or run.active
            run.stopper = threading.Thread(
                target=run_watch.terminate,
                args=(run, grace, self.closing, SHUTDOWN_GRACE_SECONDS),
                daemon=True,
            )
        self._threads.append(run.stopper)
        run.stopper.start()

    def begin_shutdown(self) -> None:
        """The server is stopping: end event streams now and cancel (or detach from) active runs."""
        if self.closing.is_set():
            return
        self.closing.set()
        for run in [r for r in self.list() if r.active]:
            if self.on_shutdown == "detach" and not run.cancel_requested:  # a cancel in progress ends
                if run.tree is not None:
                    run.tree.observe()  # the newest jobs too, in case the engine dies while detached
                run.record_event({"type": "detached", "pid": run.pid})
                run.save()
            else:
                self._stop(run, min(self.grace_seconds, SHUTDOWN_GRACE_SECONDS))
        if self.on_shutdown == "detach":
            self._detached.set()

    def shutdown(self, timeout: float = SHUTDOWN_GRACE_SECONDS + 1.5) -> None:
        """begin_shutdown, then wait (bounded) until cancelled runs have written their end."""
        self.begin_shutdown()
        deadline = time.monotonic() + timeout
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
