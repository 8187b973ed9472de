"""Run history read from the engine's real databases in ../shared/executioner/history (schema v6 and
v8), checked against the counts of ENGINE.md §9.2 and the recorded `--list-runs`/`--show-run` output."""

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from executioner_studio.domain.history import HistoryDB
from executioner_studio.errors import ServiceUnavailable
from tests.conftest import HISTORY, ClientFactory, require_shared
from tests.standin import TRANSCRIPTS

V6 = HISTORY / "jobs_history_v6.db"
V8 = HISTORY / "jobs_history_v8.db"


@pytest.fixture
def v6(client_for: ClientFactory) -> TestClient:
    return client_for(history_db=require_shared(V6))


@pytest.fixture
def v8(client_for: ClientFactory) -> TestClient:
    return client_for(history_db=require_shared(V8))


def all_runs(client: TestClient, **params: object) -> list[dict[str, object]]:
    runs: list[dict[str, object]] = []
    while True:
        page = client.get("/api/history/runs", params={**params, "limit": 7, "offset": len(runs)}).json()
        runs += page["runs"]
        if not page["runs"]:
            return runs


def test_v6_counts_match_engine_md(v6: TestClient) -> None:
    first = v6.get("/api/history/runs", params={"limit": 5}).json()
    assert first["schema_version"] == 6
    assert first["total"] == 38
    assert [r["run_id"] for r in first["runs"]] == [38, 37, 36, 35, 34]  # newest first
    runs = all_runs(v6)
    assert [r["run_id"] for r in runs] == list(range(38, 0, -1))  # paging neither skips nor repeats
    assert sum(r["job_rows"] for r in runs) == 330
    assert sum(1 for r in runs if r["job_rows"]) == 31
    assert sorted(r["run_id"] for r in runs if r["status"] == "RUNNING") == [19, 23]
    details = [v6.get(f"/api/history/runs/{r['run_id']}").json() for r in runs]
    assert sum(d["counts"]["successful"] for d in details) == 325
    assert sum(d["counts"]["failed"] for d in details) == 5
    assert all(d["attempts"][0]["attempt"] == 1 for d in details)  # v6 has no attempt_id: attempt 1


def test_v6_run_3_matches_the_show_run_example(v6: TestClient) -> None:
    """ENGINE.md §8.2 shows `--show-run 3` of this DB."""
    run = v6.get("/api/history/runs/3").json()
    assert run["application_name"] == "UII_RELEASE_96.3_UIIS03"
    assert (run["status"], run["start_time"], run["end_time"]) == (
        "FAILED",
        "2025-06-05 10:36:29",
        "2025-06-05 10:48:25",
    )
    assert run["attempts"][0]["total_jobs"] == 19
    assert run["counts"] == {
        "unique_jobs": 2,
        "total_executions": 2,
        "successful": 1,
        "failed": 1,
        "skipped": 0,
    }
    assert [j["job_id"] for j in run["jobs"]] == ["disable_triggers", "refresh_uiis03"]  # null last_run first
    assert run["jobs"][1]["end_time"] == "2025-06-05 10:48:24"
    assert run["main_log"] == "/dba_work_area/PRs/96.3/logs/executioner.UII_RELEASE_96.3_UIIS03.run-3.log"


def test_v6_application_filter_and_applications(v6: TestClient) -> None:
    runs = all_runs(v6, application="basic_test")
    assert len(runs) == 6 and all(r["application_name"] == "basic_test" for r in runs)
    apps = {
        a["application_name"]: a["runs"] for a in v6.get("/api/history/applications").json()["applications"]
    }
    assert apps["UII_RELEASE_96.3_UIIS03"] == 15 and apps["parallel_race_test"] == 2
    assert v6.get("/api/history/runs", params={"application": "nope"}).json()["total"] == 0


def list_runs_rows() -> list[tuple[int, int, str, str, str]]:
    """(run, attempt, application, status, jobs) rows of the recorded `--list-runs` of the v8 DB."""
    text = require_shared(TRANSCRIPTS / "list_runs.txt").read_text()
    rows = re.findall(
        r"^\s+(\d+) \|\s+#(\d+) \| (\S+)\s+\| (\S+)\s+\| [\d: -]+ \| [\d:]+ \|\s+(.+)$", text, re.M
    )
    return [(int(r), int(a), app, status, jobs) for r, a, app, status, jobs in rows]


def test_v8_runs_and_attempts_match_the_recorded_list_runs(v8: TestClient) -> None:
    expected = list_runs_rows()
    page = v8.get("/api/history/runs").json()
    assert page["schema_version"] == 8
    assert page["total"] == len({row[0] for row in expected})
    got = []
    for run in page["runs"]:
        for attempt in run["attempts"]:
            jobs = f"{attempt['completed_jobs']}/{attempt['total_jobs']}"
            if attempt["failed_jobs"]:
                jobs += f" ({attempt['failed_jobs']} failed)"
            got.append(
                (run["run_id"], attempt["attempt"], attempt["application_name"], attempt["status"], jobs)
            )
    assert got == expected


def test_v8_retry_history_keeps_what_the_job_row_loses(v8: TestClient) -> None:
    run2 = v8.get("/api/history/runs/2").json()
    assert run2["total_attempts"] == 2
    slow = next(j for j in run2["jobs"] if j["job_id"] == "slow")
    assert slow["status"] == "FAILED" and slow["attempt_statuses"] == ["TIMEOUT"]  # stored as FAILED
    flaky = next(j for j in run2["jobs"] if j["job_id"] == "flaky")
    assert flaky["attempt"] == 2 and flaky["retry_count"] == 2
    assert [(a["attempt"], a["status"], a["exit_code"]) for a in flaky["attempts"]] == [
        (1, "FAILED", 3),
        (2, "FAILED", 3),
        (3, "FAILED", 3),
    ]
    run4 = v8.get("/api/history/runs/4").json()
    checked = next(j for j in run4["jobs"] if j["job_id"] == "checked")
    assert (checked["status"], checked["last_error"]) == ("SUCCESS", "Post-check failed")  # ENGINE.md §9.4


def test_v8_totals(v8: TestClient) -> None:
    details = [
        v8.get(f"/api/history/runs/{r['run_id']}").json() for r in v8.get("/api/history/runs").json()["runs"]
    ]
    connection = sqlite3.connect(f"{V8.as_uri()}?mode=ro", uri=True)
    rows, failed = connection.execute("SELECT COUNT(*), SUM(status = 'FAILED') FROM job_history").fetchone()
    connection.close()
    assert sum(d["counts"]["total_executions"] for d in details) == rows
    assert sum(d["counts"]["failed"] for d in details) == failed


def test_unknown_run_is_404(v8: TestClient) -> None:
    response = v8.get("/api/history/runs/99")
    assert response.status_code == 404
    assert "99" in response.json()["detail"]


def test_database_is_opened_read_only(tmp_path: Path) -> None:
    copy = tmp_path / "jobs_history.db"
    shutil.copy(require_shared(V8), copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    db = HistoryDB(copy)
    db.list_runs(None, 10, 0)
    with db._connect() as connection, pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM run_summary")
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_broken_retry_history_is_reported_not_fatal(tmp_path: Path) -> None:
    copy = tmp_path / "jobs_history.db"
    shutil.copy(require_shared(V8), copy)
    with sqlite3.connect(copy) as connection:
        connection.execute(
            "UPDATE job_history SET retry_history = '{not json' WHERE run_id = 1 AND id = 'load'"
        )
    load = next(j for j in HistoryDB(copy).run_details(1)["jobs"] if j["job_id"] == "load")
    assert load["attempts"] == [] and "not valid JSON" in load["retry_history_error"]


def test_missing_database_and_unconfigured_history_are_503(client_for: ClientFactory, tmp_path: Path) -> None:
    with pytest.raises(ServiceUnavailable, match="engine creates it on its first run"):
        HistoryDB(tmp_path / "none.db").list_runs(None, 10, 0)
    response = client_for().get("/api/history/runs")
    assert response.status_code == 503
    assert "EXECUTIONER_PATH" in response.json()["detail"]
