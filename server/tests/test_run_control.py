"""Run control you can trust (issue 10, item 4), with the stand-in engine executing real jobs:
cancel reaches every job process whatever session it is in, runs survive a server restart, and
stopping the server ends event streams and (by default) the runs' processes."""

import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import ClientFactory
from tests.run_helpers import (
    ServerProcess,
    alive,
    escaping_config,
    events,
    job_pids,
    kill_leftovers,
    wait_until,
    write_config,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process tracking reads /proc")


def history_of(engine: Path) -> Path:
    return engine.parent / "data" / "jobs_history.db"


def finished(client: TestClient, run_id: str, timeout: float = 30) -> dict[str, Any]:
    def state() -> dict[str, Any] | None:
        run: dict[str, Any] = client.get(f"/api/runs/{run_id}").json()
        return run if run["state"] != "running" else None

    result: dict[str, Any] = wait_until(state, timeout, f"run {run_id} to end")
    return result


def test_cancel_kills_every_job_session_including_one_that_ignores_sigterm(
    client_for: ClientFactory, engine: Path, workspace: Path, tmp_path: Path
) -> None:
    client = client_for(engine=engine, engine_python=sys.executable, history_db=history_of(engine))
    work = tmp_path / "work"
    name = escaping_config(workspace, "escaping", work)
    run = client.post("/api/runs", json={"path": name}).json()
    pids = job_pids(work)
    try:
        assert all(alive(pid) for pid in pids)
        assert client.post(f"/api/runs/{run['id']}/cancel").status_code == 200
        done = finished(client, run["id"])
        assert done["state"] == "cancelled" and done["cancel_requested"] is True
        # `cancelled` is only reported once no process of the run is left: checked by pid.
        assert [pid for pid in [run["pid"], *pids] if alive(pid)] == []
        entries = client.get(f"/api/runs/{run['id']}").json()["entries"]
        assert events(entries, "cancel_requested") == [{"type": "cancel_requested", "grace_seconds": 1.0}]
        term, kill = events(entries, "killed")
        assert term["signal"] == "SIGTERM" and set(pids) | {run["pid"]} <= set(term["pids"])
        assert kill["signal"] == "SIGKILL" and pids[2] in kill["pids"]  # the one that ignores SIGTERM
        # The stand-in, like the engine, dies on SIGTERM before it can write the run's end.
        assert done["engine_status_stale"] is True
        stale = events(entries, "engine_status_stale")[0]
        assert stale["message"] == (
            f"The engine's history still says RUNNING for run {done['engine_run_id']}: "
            "it was stopped before it could record the end."
        )
        assert done["note"] == stale["message"]
        assert events(entries, "run_finished") == [
            {"type": "run_finished", "status": "CANCELLED", "exit_code": -15}
        ]
        assert entries[-1]["data"]["type"] == "run_finished"
    finally:
        kill_leftovers(pids)


def test_a_run_that_ends_by_itself_is_finished_with_the_engines_status(
    client_for: ClientFactory, engine: Path, workspace: Path, tmp_path: Path
) -> None:
    client = client_for(engine=engine, engine_python=sys.executable, history_db=history_of(engine))
    jobs = [{"id": "a", "command": "echo a"}, {"id": "b", "command": "exit 3", "dependencies": ["a"]}]
    name = write_config(workspace, "ends", tmp_path / "work", jobs)
    run = client.post("/api/runs", json={"path": name}).json()
    done = finished(client, run["id"])
    assert (done["state"], done["exit_code"], done["engine_status"]) == ("finished", 1, "FAILED")
    assert done["engine_status_stale"] is None and done["note"] is None
    assert client.post(f"/api/runs/{run['id']}/cancel").json()["state"] == "finished"  # nothing to stop


def test_restart_lists_runs_reattaches_to_a_live_engine_and_marks_a_dead_one_lost(
    client_for: ClientFactory, engine: Path, workspace: Path, tmp_path: Path
) -> None:
    settings = {"engine": engine, "engine_python": sys.executable, "on_shutdown": "detach"}
    first = client_for(**settings)
    quick = write_config(workspace, "quick", tmp_path / "quick", [{"id": "a", "command": "echo a"}])
    done = finished(first, first.post("/api/runs", json={"path": quick}).json()["id"])
    live_name = escaping_config(workspace, "live", tmp_path / "live")
    live = first.post("/api/runs", json={"path": live_name}).json()
    doomed_name = escaping_config(workspace, "doomed", tmp_path / "doomed")
    doomed = first.post("/api/runs", json={"path": doomed_name}).json()
    pids = job_pids(tmp_path / "live") + job_pids(tmp_path / "doomed")
    try:

        def entries_so_far() -> list[dict[str, Any]] | None:
            entries: list[dict[str, Any]] = first.get(f"/api/runs/{live['id']}").json()["entries"]
            return (
                entries if any("Running job: spawner" in e["data"].get("text", "") for e in entries) else None
            )

        seen = wait_until(entries_so_far, what="the live run's output")
        first.app.state.services.runs.shutdown()  # detach: the engines keep running
        assert alive(live["pid"]) and alive(doomed["pid"]) and all(alive(p) for p in pids)
        # While no server watches, the doomed run's engine dies (SIGKILL: it cannot write its end).
        os.kill(doomed["pid"], signal.SIGKILL)
        wait_until(lambda: not alive(doomed["pid"]), what="the doomed engine to die")

        second = client_for(engine=engine, engine_python=sys.executable)
        listed = {r["id"]: r for r in second.get("/api/runs").json()["runs"]}
        assert set(listed) == {done["id"], live["id"], doomed["id"]}
        assert listed[done["id"]]["state"] == "finished" and listed[done["id"]]["exit_code"] == 0
        assert listed[live["id"]]["state"] == "running" and listed[live["id"]]["reattached"] is True
        # The same entries with the same seq, then the server's notes, for a fresh EventSource.
        entries = second.get(f"/api/runs/{live['id']}").json()["entries"]
        assert entries[: len(seen)] == seen
        assert [e["data"]["type"] for e in entries[len(seen) :]] == ["detached", "reattached"]
        lost = finished(second, doomed["id"])
        assert lost["state"] == "lost" and lost["exit_code"] is None and "unknown" in lost["note"]
        doomed_entries = second.get(f"/api/runs/{doomed['id']}").json()["entries"]
        left = events(doomed_entries, "processes_left")[0]["pids"]
        assert set(pids[3:]) <= set(left)  # its jobs outlived it ...

        refused = second.post("/api/runs", json={"path": live_name})
        assert refused.status_code == 409 and refused.json()["run"] == live["id"]

        assert second.post(f"/api/runs/{doomed['id']}/cancel").status_code == 200  # ... until now
        wait_until(lambda: not any(alive(p) for p in pids[3:]), what="the lost run's jobs to be killed")
        assert second.post(f"/api/runs/{live['id']}/cancel").status_code == 200
        assert finished(second, live["id"])["state"] == "cancelled"
        assert [pid for pid in [live["pid"], *pids[:3]] if alive(pid)] == []
    finally:
        kill_leftovers([live["pid"], doomed["pid"], *pids])


def read_stream(server: ServerProcess, run_id: str, opened: threading.Event, frames: list[str]) -> None:
    with server.client.stream("GET", f"/api/runs/{run_id}/events", timeout=30) as response:
        for text in response.iter_text():
            frames.append(text)
            opened.set()


def test_sigterm_with_an_open_event_stream_exits_within_5s_and_leaves_no_process(
    engine: Path, workspace: Path, tmp_path: Path
) -> None:
    server = ServerProcess(workspace, engine)
    name = escaping_config(workspace, "streamed", tmp_path / "work")
    run = server.client.post("/api/runs", json={"path": name}).json()
    pids = job_pids(tmp_path / "work")
    frames: list[str] = []
    opened = threading.Event()
    reader = threading.Thread(target=read_stream, args=(server, run["id"], opened, frames), daemon=True)
    reader.start()
    try:
        assert opened.wait(10), "the event stream did not open"
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=5)  # the bound, with a browser's stream open
        reader.join(5)
        assert not reader.is_alive(), "the event stream was not closed"
        assert [pid for pid in [run["pid"], *pids] if alive(pid)] == []
        record = (workspace / ".studio" / "runs" / run["id"] / "run.json").read_text()
        assert '"state": "cancelled"' in record
    finally:
        kill_leftovers([run["pid"], *pids])
        server.close()


def test_after_sigkill_to_the_server_a_new_server_finds_the_run_and_cancel_kills_its_jobs(
    engine: Path, workspace: Path, tmp_path: Path
) -> None:
    first = ServerProcess(workspace, engine)
    name = escaping_config(workspace, "orphaned", tmp_path / "work")
    run = first.client.post("/api/runs", json={"path": name}).json()
    pids = job_pids(tmp_path / "work")
    first.process.kill()
    first.process.wait()
    first.close()
    second = None
    try:
        assert alive(run["pid"]) and all(alive(p) for p in pids)  # the orphans the issue describes
        second = ServerProcess(workspace, engine)
        found = second.run_state(run["id"])
        assert found["state"] == "running" and found["reattached"] is True
        refused = second.client.post("/api/runs", json={"path": name})
        assert refused.status_code == 409
        assert second.client.post(f"/api/runs/{run['id']}/cancel").status_code == 200
        done = wait_until(
            lambda: (r := second.run_state(run["id"]))["state"] != "running" and r, what="the cancel"
        )
        assert done["state"] == "cancelled"
        assert [pid for pid in [run["pid"], *pids] if alive(pid)] == []
    finally:
        kill_leftovers([run["pid"], *pids])
        if second is not None:
            second.close()


def test_the_shutdown_setting_is_validated() -> None:
    from executioner_studio.settings import settings_from

    with pytest.raises(SystemExit, match="'cancel' or 'detach'"):
        settings_from(None, {"EXECUTIONER_STUDIO_ON_SHUTDOWN": "pause"})
    assert settings_from(None, {"EXECUTIONER_STUDIO_ON_SHUTDOWN": "detach"}).on_shutdown == "detach"


def test_only_the_newest_run_folders_are_kept(
    client_for: ClientFactory, engine: Path, workspace: Path, tmp_path: Path
) -> None:
    client = client_for(engine=engine, engine_python=sys.executable, runs_kept=2)
    name = write_config(workspace, "often", tmp_path / "work", [{"id": "a", "command": "echo a"}])
    ids = [
        finished(client, client.post("/api/runs", json={"path": name}).json()["id"])["id"] for _ in range(3)
    ]
    assert [r["id"] for r in client.get("/api/runs").json()["runs"]] == ids[:0:-1]
    assert sorted(p.name for p in (workspace / ".studio" / "runs").iterdir()) == sorted(ids[1:])
    assert client.get(f"/api/runs/{ids[0]}").status_code == 404


def test_a_cancel_in_progress_is_completed_when_the_server_stops(
    client_for: ClientFactory, engine: Path, workspace: Path, tmp_path: Path
) -> None:
    """A long grace (30 s) would outlast the server's stop: the stop hurries it, and it still ends."""
    client = client_for(engine=engine, engine_python=sys.executable, cancel_grace_seconds=30.0)
    name = escaping_config(workspace, "hurried", tmp_path / "work")
    run = client.post("/api/runs", json={"path": name}).json()
    pids = job_pids(tmp_path / "work")
    try:
        client.post(f"/api/runs/{run['id']}/cancel")
        wait_until(lambda: not alive(run["pid"]), what="the engine to take its SIGTERM")
        client.app.state.services.runs.shutdown()
        assert [pid for pid in [run["pid"], *pids] if alive(pid)] == []
        assert client.get(f"/api/runs/{run['id']}").json()["state"] == "cancelled"
    finally:
        kill_leftovers([run["pid"], *pids])
