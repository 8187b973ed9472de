"""The process table: a run's processes are found by group and session, but never through a group id
that now belongs to another process (pids, and so group ids, are reused)."""

import contextlib
import os
import signal
import subprocess
import sys

import pytest

from executioner_studio.domain.processes import ProcessTree, read_process
from tests.run_helpers import wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_a_group_is_recognised_by_its_leaders_start_time_not_only_its_id() -> None:
    job = subprocess.Popen(["sleep", "60"], start_new_session=True)  # noqa: S607 - a group and session leader
    try:
        seen = read_process(job.pid)
        assert seen is not None and (seen.pgid, seen.sid) == (job.pid, job.pid)
        # The engine (root) is long gone; the job's group was recorded while it ran.
        recorded = ProcessTree(root=2**22 + 1, root_start=0, groups={job.pid: seen.start_ticks})
        assert [p.pid for p in recorded.members()] == [job.pid]
        # Same id, another leader start time: the id was reused by an unrelated process.
        reused = ProcessTree(root=2**22 + 1, root_start=0, groups={job.pid: seen.start_ticks + 1})
        assert reused.members() == []
        # A process started before the run is never one of its processes.
        later_run = ProcessTree(root=2**22 + 1, root_start=seen.start_ticks + 1, groups={job.pid: 0})
        assert later_run.members() == []
    finally:
        job.kill()
        job.wait()


def test_descendants_are_found_through_parent_links_and_their_sessions_recorded() -> None:
    shell = subprocess.Popen(  # noqa: S603
        ["sh", "-c", "setsid sleep 60 & echo $!; wait"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # like the engine: the server's own group is never a run's
    )
    try:
        assert shell.stdout is not None
        escaped = int(shell.stdout.readline())
        wait_until(lambda: (p := read_process(escaped)) is not None and p.sid == escaped, what="setsid")
        start = read_process(shell.pid)
        assert start is not None
        tree = ProcessTree(shell.pid, start.start_ticks)
        assert tree.observe() is True
        assert {shell.pid, escaped} <= {p.pid for p in tree.members()}
        assert escaped in tree.sessions  # its own session, found as the shell's child
    finally:
        with contextlib.suppress(ProcessLookupError, NameError):
            os.kill(escaped, signal.SIGKILL)
        shell.kill()
        shell.wait()
