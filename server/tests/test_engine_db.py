"""The engine's own history database: its schema is reported in /api/info and /api/health, and a run
the engine would crash on (an old v6 database, ENGINE.md Surprise 15) is refused before it starts."""

import shutil
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import HISTORY, ClientFactory, require_shared
from tests.history_schemas import create_db
from tests.standin import argv_log


def engine_db(engine: Path) -> Path:
    return engine.parent / "data" / "jobs_history.db"


@pytest.fixture
def client(client_for: ClientFactory, engine: Path) -> TestClient:
    return client_for(engine=engine, engine_python=sys.executable)


def test_a_v6_database_refuses_runs_with_advice_and_starts_nothing(client: TestClient, engine: Path) -> None:
    create_db(engine_db(engine), 6)
    response = client.post("/api/runs", json={"path": "demo_success.json"})
    assert response.status_code == 409
    detail = response.json()["detail"]
    assert "schema v6" in detail and f"mv {engine_db(engine)}" in detail and "--history-db" in detail
    assert response.json()["history_db"]["engine_can_write"] is False
    # Resuming reads attempt ids too (the real engine crashes on a v6 DB); a plain dry run works.
    options = {"resume_from": 3}
    resume = client.post("/api/engine/dry-run", json={"path": "demo_success.json", "options": options})
    assert resume.status_code == 409
    assert argv_log(engine) == []
    (Path(client.app.state.services.workspace.root) / "parallel_stress_test.json").write_text("{}")
    assert client.post("/api/engine/dry-run", json={"path": "parallel_stress_test.json"}).status_code == 200


@pytest.mark.parametrize("endpoint", ["/api/info", "/api/health"])
def test_info_and_health_report_the_schema(client: TestClient, engine: Path, endpoint: str) -> None:
    facts = client.get(endpoint).json()["history_db"]
    assert (facts["exists"], facts["schema_version"], facts["engine_can_write"]) == (False, None, True)
    assert "creates one (schema v8)" in facts["message"]
    create_db(engine_db(engine), 6)
    facts = client.get(endpoint).json()["history_db"]
    assert (facts["path"], facts["schema_version"], facts["engine_can_write"]) == (
        str(engine_db(engine)),
        6,
        False,
    )
    assert "Move the old database aside" in facts["message"] and facts["engine_db"] is None


def test_a_v8_database_lets_the_run_start(client: TestClient, engine: Path) -> None:
    create_db(engine_db(engine), 8)
    assert client.get("/api/info").json()["history_db"]["engine_can_write"] is True
    assert client.post("/api/runs", json={"path": "demo_success.json"}).status_code == 201


def test_the_shipped_v6_copy_is_refused_too(client: TestClient, engine: Path) -> None:
    engine_db(engine).parent.mkdir()
    shutil.copy(require_shared(HISTORY / "jobs_history_v6.db"), engine_db(engine))
    assert client.post("/api/runs", json={"path": "demo_success.json"}).status_code == 409
    assert client.get("/api/health").json()["history_db"]["schema_version"] == 6


def test_history_db_elsewhere_still_reports_the_engine_db(
    client_for: ClientFactory, engine: Path, tmp_path: Path
) -> None:
    create_db(engine_db(engine), 6)
    readable = create_db(tmp_path / "old" / "jobs_history.v6.db", 8)
    client = client_for(engine=engine, engine_python=sys.executable, history_db=readable)
    facts = client.get("/api/info").json()["history_db"]
    assert (facts["path"], facts["schema_version"], facts["engine_can_write"]) == (str(readable), 8, False)
    assert facts["engine_db"]["path"] == str(engine_db(engine)) and facts["engine_db"]["schema_version"] == 6
    assert "schema v6" in facts["message"]


def test_a_file_that_is_not_a_database_is_refused(client: TestClient, engine: Path) -> None:
    engine_db(engine).parent.mkdir()
    engine_db(engine).write_text("not sqlite at all, but long enough to have a header of some sort.....")
    response = client.post("/api/runs", json={"path": "demo_success.json"})
    assert response.status_code == 409 and "not a readable SQLite database" in response.json()["detail"]


def test_history_db_elsewhere_with_a_fresh_engine_says_where_runs_go(
    client_for: ClientFactory, engine: Path, tmp_path: Path
) -> None:
    readable = create_db(tmp_path / "h.db", 8)
    client = client_for(engine=engine, engine_python=sys.executable, history_db=readable)
    facts = client.get("/api/health").json()["history_db"]
    assert facts["engine_can_write"] is True and facts["engine_db"]["exists"] is False
    assert facts["message"].startswith(f"History is read from {readable} (schema v8).")
    assert f"No history database at {engine_db(engine)} yet" in facts["message"]


def test_without_engine_can_write_is_null(client_for: ClientFactory, tmp_path: Path) -> None:
    facts = client_for(history_db=create_db(tmp_path / "h.db", 8)).get("/api/info").json()["history_db"]
    assert (facts["schema_version"], facts["engine_can_write"]) == (8, None)
