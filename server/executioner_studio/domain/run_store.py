"""Run records on disk, so a restarted server knows its runs: `<workspace>/.studio/runs/<id>/`.

- `run.json`: the record (command, engine pid and start time, state, recorded process groups ...).
- `output.log`: the engine's stdout and stderr. The engine writes it directly (not through a pipe to
  the server), so it keeps running while no server reads it, and a new server follows it from there.
- `events.jsonl`: the server's own events (process_started, cancel_requested, killed ...), each with
  the output offset it happened at, so the entries (and their `seq`) rebuild in the same order.

Only the newest `keep` run folders are kept (active runs never removed).
"""

import contextlib
import json
import shutil
from pathlib import Path
from typing import Any

from .atomic import write_atomic

RUNS_FOLDER = Path(".studio") / "runs"
Record = dict[str, Any]


class RunStore:
    def __init__(self, workspace: Path, keep: int = 50) -> None:
        self.root = workspace / RUNS_FOLDER
        self.keep = keep

    def folder(self, run_id: str) -> Path:
        return self.root / run_id

    def output_path(self, run_id: str) -> Path:
        return self.folder(run_id) / "output.log"

    def create(self, run_id: str) -> Path:
        folder = self.folder(run_id)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, record: Record) -> None:
        path = self.folder(record["id"]) / "run.json"
        with contextlib.suppress(FileNotFoundError):  # pruned meanwhile
            write_atomic(path, (json.dumps(record, indent=1) + "\n").encode())

    def append_event(self, run_id: str, after: int, data: dict[str, Any]) -> None:
        with contextlib.suppress(FileNotFoundError), open(self.folder(run_id) / "events.jsonl", "a") as out:
            out.write(json.dumps({"after": after, "data": data}) + "\n")

    def load(self) -> list[tuple[Record, list[tuple[int, dict[str, Any]]], bytes]]:
        """Every readable record with its server events and engine output; unreadable folders are
        skipped (a half-created run from a crash has no run.json)."""
        found = []
        for folder in sorted(self.root.iterdir()) if self.root.is_dir() else []:
            try:
                record = json.loads((folder / "run.json").read_text())
                events = self._events(folder / "events.jsonl")
                output = (folder / "output.log").read_bytes() if (folder / "output.log").is_file() else b""
            except (OSError, ValueError):
                continue
            if isinstance(record, dict) and record.get("id") == folder.name:
                found.append((record, events, output))
        return found

    @staticmethod
    def _events(path: Path) -> list[tuple[int, dict[str, Any]]]:
        if not path.is_file():
            return []
        events = []
        for line in path.read_text().splitlines():
            with contextlib.suppress(ValueError, KeyError, TypeError):
                item = json.loads(line)
                events.append((int(item["after"]), dict(item["data"])))
        return events

    def prune(self, records: list[Record], active: set[str]) -> list[str]:
        """Remove the oldest finished run folders beyond `keep`; the ids removed."""
        ordered = sorted(records, key=lambda r: str(r.get("started_at", "")), reverse=True)
        removed = [r["id"] for r in ordered[self.keep :] if r["id"] not in active]
        for run_id in removed:
            shutil.rmtree(self.folder(run_id), ignore_errors=True)
        return removed
