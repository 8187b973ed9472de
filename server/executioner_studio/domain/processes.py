"""The process table (Linux `/proc`): every process a run started, whatever session it moved to.

The engine starts each job with `os.setsid` (ENGINE.md "Process model and signals"), so a job is its
own session and process group, and signalling the engine's group never reaches it. A run's processes
are therefore tracked from the table: the engine's descendants by parent links, and every process
group and session they were seen in. A job re-parented to init after the engine died keeps its pgid
and sid, so it is still found by those.

The server does not make itself a child subreaper (PR_SET_CHILD_SUBREAPER): it would then have to reap
every orphan, and a blanket `waitpid(-1)` would steal the exit status of the engine and of dry-run
subprocesses (Python's subprocess then reports 0). Groups and sessions find orphans under init just
as well, and they also work for an engine the server re-attached to after a restart, which is not its
child at all.
"""

import contextlib
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path

PROC = Path("/proc")


@dataclass(frozen=True)
class Process:
    pid: int
    ppid: int
    pgid: int
    sid: int
    start_ticks: int  # clock ticks after boot: with the pid, identifies one process (pids are reused)
    state: str  # "R", "S", "Z" (zombie: already dead, waiting to be reaped) ...

    @property
    def alive(self) -> bool:
        return self.state not in ("Z", "X")


def read_process(pid: int) -> Process | None:
    # Raw os-level reads: a scan of the whole table runs a few times a second per active run.
    try:
        fd = os.open(f"/proc/{pid}/stat", os.O_RDONLY)
        try:
            raw = os.read(fd, 4096)
        finally:
            os.close(fd)
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may contain spaces or ')': split after the last.
    fields = raw[raw.rfind(b")") + 2 :].split()
    try:
        state = fields[0].decode()
        return Process(pid, int(fields[1]), int(fields[2]), int(fields[3]), int(fields[19]), state)
    except (IndexError, ValueError):
        return None


def process_table() -> dict[int, Process]:
    table: dict[int, Process] = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir(PROC):
            if entry.name.isdigit() and (process := read_process(int(entry.name))) is not None:
                table[process.pid] = process
    return table


def is_running(pid: int, start_ticks: int | None) -> bool:
    """True while this very process (same pid and start time) exists and is not a zombie."""
    process = read_process(pid)
    return (
        process is not None and process.alive and (start_ticks is None or process.start_ticks == start_ticks)
    )


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class ProcessTree:
    """A run's processes as far as they were seen: the root (the engine) and every group and session
    its descendants were in, each with its leader's start time (0: the leader was already gone).

    Group and session ids are pids, and pids are reused (pid_max is often 32768). So a process counts
    only if it started after the root, and its group or session still has the recorded leader, or no
    leader at all: a leader with the same pid and another start time means the id now belongs to
    someone else."""

    root: int
    root_start: int
    groups: dict[int, int] = field(default_factory=dict)
    sessions: dict[int, int] = field(default_factory=dict)

    def observe(self) -> bool:
        """Record the groups and sessions of the run's processes; True when something new was seen."""
        table = process_table()
        new = False
        for process in self.members(table):
            for ids, key in ((self.groups, process.pgid), (self.sessions, process.sid)):
                if key not in ids:
                    leader = table.get(key)
                    ids[key], new = (leader.start_ticks if leader else 0), True
        return new

    def _recorded(self, ids: dict[int, int], key: int, table: dict[int, Process]) -> bool:
        if key not in ids:
            return False
        leader = table.get(key)
        return leader is None or ids[key] in (0, leader.start_ticks)

    def members(self, table: dict[int, Process] | None = None) -> list[Process]:
        """The run's live processes: the root, its descendants, and anything in a recorded group or
        session (found again from them, so children of re-parented jobs count too)."""
        if not PROC.is_dir():  # not Linux: only the engine itself can be found
            return (
                [Process(self.root, 0, self.root, self.root, self.root_start, "R")]
                if _exists(self.root)
                else []
            )
        table = process_table() if table is None else table
        found: dict[int, Process] = {}
        root = table.get(self.root)
        if root is not None and root.start_ticks == self.root_start:
            found[root.pid] = root
        for process in table.values():
            if process.start_ticks >= self.root_start and (
                self._recorded(self.groups, process.pgid, table)
                or self._recorded(self.sessions, process.sid, table)
            ):
                found[process.pid] = process
        children: dict[int, list[Process]] = {}
        for process in table.values():
            children.setdefault(process.ppid, []).append(process)
        queue = list(found)
        while queue:
            for child in children.get(queue.pop(), []):
                if child.pid not in found and child.start_ticks >= self.root_start:
                    found[child.pid] = child
                    queue.append(child.pid)
        mine = (os.getpid(), os.getpgid(0), os.getsid(0))  # never the server itself or its own group
        return [
            p
            for p in found.values()
            if p.alive and p.pid != mine[0] and p.pgid != mine[1] and p.sid != mine[2]
        ]

    def signal(self, sig: signal.Signals) -> list[int]:
        """Send `sig` to every recorded group and every live member; the pids it reached."""
        self.observe()
        members = self.members()
        # Whole groups too (a process forked since the scan is in its parent's group), but only groups
        # that still hold a member: an empty group's id may belong to someone else by now.
        for group in {p.pgid for p in members} & self.groups.keys():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(group, sig)
        reached = []
        for process in members:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(process.pid, sig)
                reached.append(process.pid)
        return sorted(reached)

    def to_json(self) -> dict[str, list[list[int]]]:
        """`[[id, leader start ticks], ...]` for `run.json`."""
        return {
            "groups": sorted(map(list, self.groups.items())),
            "sessions": sorted(map(list, self.sessions.items())),
        }

    @staticmethod
    def ids_from_json(value: object) -> dict[int, int]:
        pairs = value if isinstance(value, list) else []
        return {int(p[0]): int(p[1]) for p in pairs if isinstance(p, list) and len(p) == 2}
