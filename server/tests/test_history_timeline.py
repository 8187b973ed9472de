"""Timeline (one bar per try) and per-job duration trends, from the engine's real v6/v8 databases in
../shared (skipped when absent) and from small databases with the real schemas made here."""

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import HISTORY, ClientFactory, require_shared
from tests.history_schemas import add_job, add_run, create_db

V6 = HISTORY / "jobs_history_v6.db"
V8 = HISTORY / "jobs_history_v8.db"


def bars_of(timeline: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return [bar for bar in timeline["bars"] if bar["job_id"] == job]


def assert_well_formed(timeline: dict[str, Any]) -> None:
    for bar in timeline["bars"]:
        assert bar["start_offset"] >= 0, f"{bar} starts before the run"
        assert bar["start_offset"] + bar["duration"] <= timeline["duration_seconds"] + 0.001
    starts = [bar["start_offset"] for bar in timeline["bars"]]
    assert starts == sorted(starts)


def test_v8_run_4_has_one_bar_per_try_with_the_real_statuses(client_for: ClientFactory) -> None:
    timeline = client_for(history_db=require_shared(V8)).get("/api/history/runs/4/timeline").json()
    assert_well_formed(timeline)
    assert timeline["start_time"] == "2026-11-25 19:07:21"
    flaky = bars_of(timeline, "flaky")
    assert [(b["try"], b["status"], b["exit_code"]) for b in flaky] == [
        (1, "FAILED", 3),
        (2, "FAILED", 3),
        (3, "FAILED", 3),
    ]
    # Each try starts after the previous one ended: the gap is the retry wait (0.2 s, then 0.3 s).
    for earlier, later in zip(flaky, flaky[1:], strict=False):
        assert later["start_offset"] > earlier["start_offset"] + earlier["duration"]
    (slow,) = bars_of(timeline, "slow")
    assert (slow["status"], slow["exit_code"], slow["duration"]) == ("TIMEOUT", -1, 2.03)
    # Stored as SUCCESS with last_error 'Post-check failed' (ENGINE.md §9.4): the bar says what happened.
    assert [b["status"] for b in bars_of(timeline, "checked")] == ["POSTCHECK_FAILED"]
    assert [b["status"] for b in bars_of(timeline, "prepare")] == ["SUCCESS"]
    assert not any(b["estimated"] for b in timeline["bars"]) and timeline["untimed"] == []
    # prepare ran first: its try started 0.64 s before its retry_history timestamp 19:07:22.015573.
    assert bars_of(timeline, "prepare")[0]["start_offset"] == pytest.approx(0.376, abs=0.001)


def test_v8_resumed_run_shows_both_attempts(client_for: ClientFactory) -> None:
    timeline = client_for(history_db=require_shared(V8)).get("/api/history/runs/2/timeline").json()
    assert_well_formed(timeline)
    assert [(a["attempt"], a["status"]) for a in timeline["attempts"]] == [(1, "FAILED"), (2, "FAILED")]
    assert {b["job_id"]: b["run_attempt"] for b in timeline["bars"]} == {"prepare": 1, "slow": 1, "flaky": 2}
    first_of_attempt_2 = min(b["start_offset"] for b in timeline["bars"] if b["run_attempt"] == 2)
    assert first_of_attempt_2 >= timeline["attempts"][1]["start_offset"]


def test_v6_bars_are_estimated_and_untimed_jobs_listed(client_for: ClientFactory) -> None:
    timeline = client_for(history_db=require_shared(V6)).get("/api/history/runs/28/timeline").json()
    assert_well_formed(timeline)
    assert all(b["estimated"] and b["try"] == 1 for b in timeline["bars"])
    first = timeline["bars"][0]
    assert (first["job_id"], first["start_offset"], first["duration"]) == ("refresh_uiis03", 0.0, 962.27)
    assert timeline["untimed"] == ["PR_105321"]
    assert len(timeline["bars"]) == 8


def test_v8_durations_per_job_oldest_run_first(client_for: ClientFactory) -> None:
    client = client_for(history_db=require_shared(V8))
    trend = client.get("/api/history/durations", params={"application": "demo_failures"}).json()
    assert [(r["run_id"], r["attempt"]) for r in trend["runs"]] == [(2, 1), (4, 1), (2, 2)]
    jobs = {job["job_id"]: job for job in trend["jobs"]}
    assert [(p["run_id"], p["status"]) for p in jobs["slow"]["points"]] == [(2, "TIMEOUT"), (4, "TIMEOUT")]
    flaky = jobs["flaky"]["points"]
    assert [(p["run_id"], p["attempt"], p["tries"]) for p in flaky] == [(4, 1, 3), (2, 2, 3)]
    assert flaky[0]["wall_seconds"] > 3 * 0.64  # three tries plus the retry waits
    assert jobs["prepare"]["median_seconds"] == pytest.approx(0.645)
    newest = client.get("/api/history/durations", params={"application": "demo_failures", "limit": 1}).json()
    assert [(r["run_id"], r["attempt"]) for r in newest["runs"]] == [(2, 2)]
    assert [job["job_id"] for job in newest["jobs"]] == ["flaky"]


def test_v6_durations(client_for: ClientFactory) -> None:
    client = client_for(history_db=require_shared(V6))
    trend = client.get("/api/history/durations", params={"application": "basic_test"}).json()
    assert [r["run_id"] for r in trend["runs"]] == [33, 34, 35, 36, 37, 38]
    assert {job["job_id"] for job in trend["jobs"]} == {"job1", "job2", "job3", "job4"}
    assert all(len(job["points"]) == 6 for job in trend["jobs"])


RETRIED = [
    {
        "attempt": 1,
        "timestamp": "2026-01-01T10:00:03.500000",
        "duration": 2.5,
        "success": False,
        "exit_code": -1,
        "status": "TIMEOUT",
    },
    {
        "attempt": 2,
        "timestamp": "2026-01-01T10:00:05.000000",
        "duration": 1.0,
        "success": True,
        "exit_code": 0,
        "status": "SUCCESS",
    },
]


def test_timeline_on_a_small_v8_db(client_for: ClientFactory, tmp_path: Path) -> None:
    db = create_db(tmp_path / "v8.db", 8)
    add_run(db, 1, "app", "2026-01-01 10:00:00", "2026-01-01 10:00:06", "SUCCESS")
    add_job(
        db, 1, "retried", "app", status="SUCCESS", retry_history=RETRIED, retry_count=1, duration_seconds=1.0
    )
    add_job(db, 1, "never_timed", "app", status="FAILED")
    add_job(
        db,
        1,
        "errored",
        "app",
        status="FAILED",
        retry_history=[
            {
                "attempt": 1,
                "timestamp": "2026-01-01T10:00:06",
                "duration": 0.5,
                "success": False,
                "exit_code": None,
                "status": "ERROR",
            }
        ],
    )
    timeline = client_for(history_db=db).get("/api/history/runs/1/timeline").json()
    assert [
        (b["job_id"], b["try"], b["start_offset"], b["duration"], b["status"]) for b in timeline["bars"]
    ] == [
        ("retried", 1, 1.0, 2.5, "TIMEOUT"),
        ("retried", 2, 4.0, 1.0, "SUCCESS"),
        ("errored", 1, 5.5, 0.5, "ERROR"),
    ]
    assert timeline["untimed"] == ["never_timed"]
    assert (timeline["start_time"], timeline["end_time"]) == ("2026-01-01 10:00:00", "2026-01-01 10:00:06")


def test_timeline_on_a_small_v6_db_reads_the_reason_text(client_for: ClientFactory, tmp_path: Path) -> None:
    db = create_db(tmp_path / "v6.db", 6)
    add_run(db, 5, "app", "2026-01-01 10:00:00", None, "RUNNING")
    add_job(
        db,
        5,
        "slow",
        "app",
        status="FAILED",
        last_run="2026-01-01 10:00:02",
        duration_seconds=3.0,
        last_error="Job failed after 2 attempts (status: TIMEOUT, exit code: -1)",
        retry_count=1,
    )
    timeline = client_for(history_db=db).get("/api/history/runs/5/timeline").json()
    (bar,) = timeline["bars"]
    assert (bar["try"], bar["start_offset"], bar["status"], bar["exit_code"], bar["estimated"]) == (
        2,
        2.0,
        "TIMEOUT",
        -1,
        True,
    )
    assert timeline["end_time"] == "2026-01-01 10:00:05"  # the run never recorded an end (crashed)
    add_run(db, 6, "app", "2026-01-01 11:00:00", None, "RUNNING")
    empty = client_for(history_db=db).get("/api/history/runs/6/timeline").json()
    assert (empty["bars"], empty["untimed"], empty["duration_seconds"]) == ([], [], None)


@pytest.mark.parametrize("run_id", ["7", str(2**63), str(10**30), "-1"])
def test_runs_without_rows_are_a_clear_404(client_for: ClientFactory, tmp_path: Path, run_id: str) -> None:
    client = client_for(history_db=create_db(tmp_path / "v8.db", 8))
    for url in (f"/api/history/runs/{run_id}/timeline", f"/api/history/runs/{run_id}"):
        response = client.get(url)
        assert response.status_code == 404
        assert "crashed" in response.json()["detail"]


def test_numbers_beyond_64_bits_are_4xx_not_500(client_for: ClientFactory, tmp_path: Path) -> None:
    client = client_for(history_db=create_db(tmp_path / "v8.db", 8))
    assert client.get("/api/history/runs", params={"offset": 2**63}).status_code == 422
    assert client.get("/api/history/runs", params={"offset": 2**63 - 1}).status_code == 200
    assert (
        client.get("/api/history/durations", params={"application": "a", "limit": 10**30}).status_code == 422
    )
    assert client.get("/api/history/durations").status_code == 422  # application is required


def test_unknown_application_has_an_empty_trend(client_for: ClientFactory, tmp_path: Path) -> None:
    client = client_for(history_db=create_db(tmp_path / "v8.db", 8))
    assert client.get("/api/history/durations", params={"application": "nope"}).json() == {
        "application": "nope",
        "runs": [],
        "jobs": [],
    }


# Rows the real engine wrote for a job whose post-check failed on both tries (retry_on_status
# POSTCHECK_FAILED): each try is logged SUCCESS, the row says 'Post-check failed' (2026-12-03).
POSTCHECK_TRIES = (
    '[{"attempt": 1, "timestamp": "2026-12-03T22:47:31.117139", "duration": 0.33, "success": true, '
    '"exit_code": 0, "status": "SUCCESS"}, {"attempt": 2, "timestamp": "2026-12-03T22:47:31.652585", '
    '"duration": 0.34, "success": true, "exit_code": 0, "status": "SUCCESS"}]'
)
TIMEOUT_TRIES = (
    '[{"attempt": 1, "timestamp": "2026-12-03T22:47:33.676239", "duration": 2.02, "success": false, '
    '"exit_code": -1, "status": "TIMEOUT"}, {"attempt": 2, "timestamp": "2026-12-03T22:47:35.877262", '
    '"duration": 2.01, "success": false, "exit_code": -1, "status": "TIMEOUT"}]'
)


def test_post_check_failures_logged_as_success_are_shown_as_such(
    client_for: ClientFactory, tmp_path: Path
) -> None:
    db = create_db(tmp_path / "v8.db", 8)
    add_run(db, 5, "bridge_retry", "2026-12-03 22:47:30", "2026-12-03 22:47:35", "FAILED")
    add_job(
        db,
        5,
        "pc",
        "bridge_retry",
        status="SUCCESS",
        last_error="Post-check failed",
        retry_history=POSTCHECK_TRIES,
        last_run="2026-12-03 22:47:31",
        duration_seconds=0.344548,
    )
    add_job(
        db,
        5,
        "to",
        "bridge_retry",
        status="FAILED",
        retry_history=TIMEOUT_TRIES,
        last_run="2026-12-03 22:47:33",
        last_error="Job failed after 2 attempts (status: TIMEOUT, exit code: -1)",
        duration_seconds=2.013209,
    )
    client = client_for(history_db=db)
    timeline = client.get("/api/history/runs/5/timeline").json()
    assert_well_formed(timeline)
    assert [(b["job_id"], b["try"], b["status"]) for b in timeline["bars"]] == [
        ("pc", 1, "POSTCHECK_FAILED"),
        ("pc", 2, "POSTCHECK_FAILED"),
        ("to", 1, "TIMEOUT"),
        ("to", 2, "TIMEOUT"),
    ]
    # The second timeout started after the first one ended plus the retry wait (0.2 s ± 10 % jitter).
    first, second = bars_of(timeline, "to")
    wait = second["start_offset"] - (first["start_offset"] + first["duration"])
    assert wait == pytest.approx(0.2, abs=0.021)
    trend = client.get("/api/history/durations", params={"application": "bridge_retry"}).json()
    assert [(j["job_id"], j["points"][0]["status"], j["points"][0]["tries"]) for j in trend["jobs"]] == [
        ("pc", "POSTCHECK_FAILED", 2),
        ("to", "TIMEOUT", 2),
    ]
