"""One engine run as the studio shows it: its record, its entries (output lines and events) and state.

Entries are numbered (`seq`) in the order they happened, so a client that reconnects resumes after
the last one it saw. They rebuild in the same order after a server restart: output lines come from
the engine's output file, the server's own events from `events.jsonl` with the output offset at which
they happened (run_store.py).
"""

import subprocess
import threading
from dataclasses import dataclass, field
from typing import Any

from .engine_output import strip_ansi
from .processes import ProcessTree
from .run_events import event_from_line
from .run_store import Record, RunStore

MAX_ENTRIES = 200_000
ACTIVE = "running"
# running -> finished | cancelled | lost; failed_to_start when the engine could not be started.
STATES = (ACTIVE, "finished", "cancelled", "lost", "failed_to_start")


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
    store: RunStore
    state: str = ACTIVE
    exit_code: int | None = None
    engine_run_id: int | None = None
    engine_attempt: int | None = None
    engine_status: str | None = None
    engine_status_stale: bool | None = None
    cancel_requested: bool = False
    ended_at: str | None = None
    note: str | None = None
    pid: int | None = None
    start_ticks: int | None = None
    tree: ProcessTree | None = None
    reattached: bool = False
    process: subprocess.Popen[bytes] | None = None
    stopper: threading.Thread | None = None  # the cancel in progress
    offset: int = 0  # bytes of the output file turned into entries
    entries: list[Entry] = field(default_factory=list)
    dropped: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Output lines and server events are recorded in one order, the order a restart rebuilds.
    order: threading.RLock = field(default_factory=threading.RLock)

    @property
    def active(self) -> bool:
        return self.state == ACTIVE

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

    def add_line(self, raw: bytes, end_offset: int) -> None:
        """One line of engine output (and the event it announces), consumed up to `end_offset`."""
        text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        event = event_from_line(text)
        with self.order:
            self.add("line", {"text": strip_ansi(text)})
            if event is not None:
                if event["type"] == "run_started":
                    self.engine_run_id, self.engine_attempt = event["engine_run_id"], event["attempt"]
                elif event["type"] == "run_status":
                    self.engine_status = event["status"]
                self.add("event", event)
            self.offset = end_offset

    def record_event(self, data: dict[str, Any]) -> None:
        """A server event: shown now and written down for a restarted server."""
        with self.order:
            self.add("event", data)
            self.store.append_event(self.id, self.offset, data)

    def save(self) -> None:
        self.store.save(self.to_record())

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "config": self.config,
            "state": self.state,
            "exit_code": self.exit_code,
            "engine_run_id": self.engine_run_id,
            "engine_status": self.engine_status,
            "engine_status_stale": self.engine_status_stale,
            "cancel_requested": self.cancel_requested,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "pid": self.pid,
            "reattached": self.reattached,
            "note": self.note,
            "command": self.command,
            "entries": self.dropped + len(self.entries),
        }

    def to_record(self) -> Record:
        tree = self.tree.to_json() if self.tree else {"groups": [], "sessions": []}
        return {
            **{k: v for k, v in self.summary().items() if k not in ("entries", "reattached")},
            "pgid": self.pid,  # the engine leads its own session and group (start_new_session)
            "start_ticks": self.start_ticks,
            "engine_attempt": self.engine_attempt,
            **tree,
        }

    @classmethod
    def from_record(
        cls, record: Record, events: list[tuple[int, dict[str, Any]]], output: bytes, store: RunStore
    ) -> "Run":
        run = cls(
            id=record["id"],
            config=str(record.get("config", "")),
            command=list(record.get("command", [])),
            started_at=str(record.get("started_at", "")),
            store=store,
        )
        for key in ("state", "exit_code", "engine_status_stale", "ended_at", "note", "pid", "start_ticks"):
            setattr(run, key, record.get(key, getattr(run, key)))
        run.cancel_requested = bool(record.get("cancel_requested"))
        if run.state not in STATES:
            run.state = "lost"
        if run.pid is not None and run.start_ticks is not None:
            groups, sessions = record.get("groups"), record.get("sessions")
            run.tree = ProcessTree(
                run.pid,
                run.start_ticks,
                ProcessTree.ids_from_json(groups),
                ProcessTree.ids_from_json(sessions),
            )
        run._replay(events, output)
        return run

    def _replay(self, events: list[tuple[int, dict[str, Any]]], output: bytes) -> None:
        """Entries in their original order: each server event after the lines that ended at or before
        its offset. An unfinished last line of an active run is left for the follower."""
        pending = list(events)
        position = 0
        while True:
            end = output.find(b"\n", position)
            if end < 0 and (not self.active and position < len(output)):
                end = len(output) - 1
            if end < 0:
                break
            while pending and pending[0][0] <= position:
                self.add("event", pending.pop(0)[1])
            self.add_line(output[position : end + 1], end + 1)
            position = end + 1
        for _, data in pending:
            self.add("event", data)
