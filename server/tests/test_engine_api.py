"""Engine bridge against the stand-in engine of tests/standin.py, which replays the recorded
transcripts byte for byte with the engine's exit codes."""

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import ClientFactory
from tests.standin import argv_log

CONFIG = '{"application_name": "x", "working_dir": "/tmp", "jobs": []}'


def add(workspace: Path, name: str) -> None:
    (workspace / name).write_text(CONFIG)


def sse(client: TestClient, url: str, headers: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Read a Server-Sent Events stream to its end; returns {id, event, data} per message."""
    frames: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    with client.stream("GET", url, headers=headers or {}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if not line:
                if "event" in current:
                    frames.append(current)
                current = {}
            elif line.startswith("id: "):
                current["id"] = int(line[4:])
            elif line.startswith("event: "):
                current["event"] = line[7:]
            elif line.startswith("data: "):
                current["data"] = json.loads(line[6:])
    return frames


def wait_finished(client: TestClient, run_id: str, timeout: float = 20) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run: dict[str, Any] = client.get(f"/api/runs/{run_id}").json()
        if run["state"] != "running":
            return run
        time.sleep(0.05)
    raise AssertionError(f"run {run_id} did not finish")


@pytest.mark.parametrize(
    "call",
    [
        ("POST", "/api/engine/dry-run", {"path": "demo_success.json"}),
        ("POST", "/api/runs", {"path": "demo_success.json"}),
        ("POST", "/api/engine/mark-success", {"run_id": 2, "jobs": ["flaky"]}),
    ],
)
def test_without_engine_endpoints_say_how_to_configure_one(
    client: TestClient, call: tuple[str, str, Any]
) -> None:
    method, url, body = call
    response = client.request(method, url, json=body)
    assert response.status_code == 503
    assert "EXECUTIONER_PATH" in response.json()["detail"]


def test_dry_run_passes_an_absolute_config_path_and_parses_the_plan(
    engine_client: TestClient, workspace: Path, engine: Path
) -> None:
    add(workspace, "parallel_stress_test.json")
    result = engine_client.post("/api/engine/dry-run", json={"path": "parallel_stress_test.json"}).json()
    assert result["exit_code"] == 0 and result["ok"] is True
    assert result["plan"]["mode"] == "PARALLEL with 10 workers"
    assert result["plan"]["steps"][0]["id"] == "job_1"
    assert "\x1b" not in result["output"] and "Execution mode: PARALLEL" in result["output"]
    call = argv_log(engine)[-1]
    assert call["argv"] == ["-c", str(workspace / "parallel_stress_test.json"), "--dry-run"]
    assert call["cwd"] == str(engine.parent)


def test_dry_run_of_a_refused_config_reports_exit_code_and_errors(
    engine_client: TestClient, workspace: Path
) -> None:
    add(workspace, "circular_deps_test.json")
    result = engine_client.post("/api/engine/dry-run", json={"path": "circular_deps_test.json"}).json()
    assert result["exit_code"] == 1 and result["ok"] is False
    assert result["plan"]["steps"] == []
    assert "Circular dependencies detected" in [m["text"] for m in result["messages"]]


def test_dry_run_of_an_unsaved_file_is_404(engine_client: TestClient) -> None:
    assert engine_client.post("/api/engine/dry-run", json={"path": "never_saved.json"}).status_code == 404


def test_run_options_become_the_engine_flags(
    engine_client: TestClient, workspace: Path, engine: Path
) -> None:
    add(workspace, "demo_failures.json")
    options = {
        "mode": "parallel",
        "workers": 3,
        "skip": ["slow", "report"],
        "env": {"A": "1", "B_2": "x y"},
        "continue_on_error": True,
        "resume_from": 2,
        "failed_only": True,
    }
    run = engine_client.post("/api/runs", json={"path": "demo_failures.json", "options": options}).json()
    wait_finished(engine_client, run["id"])
    assert argv_log(engine)[-1]["argv"] == [
        "-c",
        str(workspace / "demo_failures.json"),
        "--parallel",
        "--workers",
        "3",
        "--skip=slow",
        "--skip=report",
        "--env",
        "A=1",
        "--env",
        "B_2=x y",
        "--continue-on-error",
        "--resume-from",
        "2",
        "--resume-failed-only",
    ]


@pytest.mark.parametrize(
    "options",
    [
        {"workers": 0},
        {"failed_only": True},
        {"resume_from": -1},
        {"env": {"BAD-NAME": "1"}},
        {"env": {"A": "x,y"}},
        {"skip": ["a,b"]},
        {"mode": "fast"},
    ],
)
def test_invalid_run_options_are_refused(
    engine_client: TestClient, workspace: Path, options: dict[str, Any]
) -> None:
    response = engine_client.post("/api/runs", json={"path": "demo_success.json", "options": options})
    assert response.status_code == 422


def test_run_streams_lines_and_events_and_replays_them_to_a_late_client(
    engine_client: TestClient, workspace: Path
) -> None:
    add(workspace, "demo_failures.json")
    run = engine_client.post(
        "/api/runs", json={"path": "demo_failures.json", "options": {"continue_on_error": True}}
    )
    assert run.status_code == 201
    run_id = run.json()["id"]
    frames = sse(engine_client, f"/api/runs/{run_id}/events")
    assert frames[-1]["event"] == "end"  # the stream closes once the run has finished
    live = frames[:-1]
    events = [f["data"] for f in live if f["event"] == "run"]
    types = [e["type"] for e in events]
    assert types[0] == "process_started"
    assert {k: v for k, v in events[1].items() if k != "time"} == {
        "type": "run_started",
        "engine_run_id": 4,
        "attempt": 1,
    }
    assert types.count("job_started") == 4 and types.count("job_failed") == 3 and types.count("retry") == 2
    assert "timeout" in types and "job_succeeded" in types
    assert events[-1] == {"type": "run_finished", "status": "FAILED", "exit_code": 1}
    lines = [f["data"]["text"] for f in live if f["event"] == "line"]
    assert "2026-11-25 19:07:21 - INFO - Starting job 'prepare'" in lines
    assert all("\x1b" not in line for line in lines)
    assert [f["id"] for f in live] == list(range(len(live)))
    # A client that reconnects later gets the whole output again, or the rest after Last-Event-ID.
    assert sse(engine_client, f"/api/runs/{run_id}/events") == frames
    rest = sse(engine_client, f"/api/runs/{run_id}/events", {"Last-Event-ID": str(live[9]["id"])})
    assert rest == frames[10:]
    summary = engine_client.get(f"/api/runs/{run_id}").json()
    assert (summary["state"], summary["exit_code"], summary["engine_run_id"]) == ("finished", 1, 4)
    assert len(summary["entries"]) == len(live)
    later = engine_client.get(f"/api/runs/{run_id}", params={"since": 5}).json()["entries"]
    assert [e["seq"] for e in later] == [f["id"] for f in live[5:]]


def test_successful_run_finishes_with_success(engine_client: TestClient, workspace: Path) -> None:
    run = engine_client.post("/api/runs", json={"path": "demo_success.json"}).json()
    finished = wait_finished(engine_client, run["id"])
    assert finished["exit_code"] == 0 and finished["engine_status"] == "SUCCESS"
    assert engine_client.get("/api/runs").json()["runs"][0]["id"] == run["id"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited but is not reaped yet; /proc tells them apart.
    status = Path(f"/proc/{pid}/status")
    return not (status.is_file() and "State:\tZ" in status.read_text())


@pytest.mark.parametrize("name", ["demo_hang", "demo_stubborn"])
def test_cancel_stops_the_whole_process_group_and_one_run_per_file(
    engine_client: TestClient, workspace: Path, engine: Path, name: str
) -> None:
    """demo_hang stops on SIGTERM; demo_stubborn ignores it and needs the SIGKILL after the grace period.
    Both start a `sleep 60` grandchild that must die with the group."""
    add(workspace, f"{name}.json")
    run = engine_client.post("/api/runs", json={"path": f"{name}.json"}).json()
    child_file = engine.parent / f"{name}.child"
    deadline = time.monotonic() + 10
    while not child_file.is_file() and time.monotonic() < deadline:
        time.sleep(0.05)
    grandchild = int(child_file.read_text())
    second = engine_client.post("/api/runs", json={"path": f"{name}.json"})
    assert second.status_code == 409 and second.json()["run"] == run["id"]
    assert engine_client.post(f"/api/runs/{run['id']}/cancel").status_code == 200
    finished = wait_finished(engine_client, run["id"], timeout=10)
    assert finished["state"] == "cancelled"
    assert finished["exit_code"] in (-15, -9)
    assert not _alive(grandchild)  # `cancelled` means no process of the run is left
    last = engine_client.get(f"/api/runs/{run['id']}").json()["entries"][-1]["data"]
    assert last["type"] == "run_finished" and last["status"] == "CANCELLED"
    killed = any(
        e["data"].get("type") == "killed" and e["data"]["signal"] == "SIGKILL"
        for e in engine_client.get(f"/api/runs/{run['id']}").json()["entries"]
    )
    assert killed == (name == "demo_stubborn")
    assert engine_client.post("/api/runs", json={"path": f"{name}.json"}).status_code == 201  # free again
    engine_client.post(f"/api/runs/{engine_client.get('/api/runs').json()['runs'][0]['id']}/cancel")


def test_mark_success_answers_yes_through_the_engine(engine_client: TestClient, engine: Path) -> None:
    result = engine_client.post("/api/engine/mark-success", json={"run_id": 2, "jobs": ["flaky"]}).json()
    assert result["ok"] is True and result["marked"] == 1 and result["exit_code"] == 0
    assert "Successfully marked 1 job(s) as SUCCESS" in result["output"]
    assert argv_log(engine)[-1]["argv"] == ["--mark-success", "-r", "2", "--jobs=flaky"]


@pytest.mark.parametrize(
    "body", [{"run_id": 0, "jobs": ["a"]}, {"run_id": 2, "jobs": []}, {"run_id": 2, "jobs": ["a,b"]}]
)
def test_mark_success_refuses_bad_input(engine_client: TestClient, body: dict[str, Any]) -> None:
    assert engine_client.post("/api/engine/mark-success", json=body).status_code == 422


def test_unknown_run_is_404(engine_client: TestClient) -> None:
    assert engine_client.get("/api/runs/nope").status_code == 404
    assert engine_client.get("/api/runs/nope/events").status_code == 404


def test_configured_engine_that_does_not_exist_is_503(client_for: ClientFactory, tmp_path: Path) -> None:
    client = client_for(engine=tmp_path / "missing" / "executioner.py")
    response = client.post("/api/engine/dry-run", json={"path": "demo_success.json"})
    assert response.status_code == 503
    assert "does not exist" in response.json()["detail"]
    assert client.get("/api/info").json()["engine"] is None
