"""Dry-run plans with skipped jobs, engine error lines that must reach `messages`, and the argv the
server builds for ids that look like flags. The engine output below was captured verbatim from the real
engine (executioner.py, 2026-12-03) with the configs named in each test."""

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from executioner_studio.domain.engine_output import failure_messages, messages, parse_plan
from tests.conftest import ClientFactory

E = "\x1b"
# `--dry-run --resume-from 3` of a run whose job `a` succeeded and `b` failed (a has no description).
RESUME_DRY_RUN = (
    "2026-12-03 22:42:17 - INFO - Initialized run ID: 3, attempt: 2\n"
    "2026-12-03 22:42:17 - WARNING - New jobs not in previous run: c\n"
    "2026-12-03 22:42:17 - INFO - Would skip previously successful job: a\n"
    "\n"
    f"{E}[38;5;33mExecution mode:{E}[0m {E}[38;5;33mSEQUENTIAL{E}[0m\n"
    "\n"
    f"{E}[38;5;33mJob execution order:{E}[0m\n"
    f"1. {E}[38;5;208ma{E}[0m -  {E}[38;5;208m[SKIPPED]{E}[0m {E}[38;5;33m[DEPS: none]{E}[0m\n"
    f"2. {E}[38;5;28mb{E}[0m - Fails - {E}[38;5;33mexit 3{E}[0m {E}[38;5;33m[DEPS: a]{E}[0m\n"
    f"3. {E}[38;5;28mc{E}[0m - After - {E}[38;5;33mecho c{E}[0m {E}[38;5;33m[DEPS: b]{E}[0m\n"
    "\n"
    f"{E}[38;5;33m========================================{E}[0m\n"
    f"{E}[38;5;33m    DRY RUN - RESUME #3 (Attempt 2)     {E}[0m\n"
    f"{E}[38;5;33m========================================{E}[0m\n"
    f"{E}[38;5;33mApplication:{E}[0m bridge_fail\n"
    f"{E}[38;5;33mOriginal Run:{E}[0m 3\n"
    f"{E}[38;5;33mTracking ID:{E}[0m 3 {E}[38;5;33m(internal){E}[0m\n"
    f"{E}[38;5;33mStart Time:{E}[0m 2026-12-03 22:42:17\n"
    f"{E}[38;5;33mTotal Jobs:{E}[0m 3\n"
    f"{E}[38;5;33mWould Execute:{E}[0m {E}[38;5;28m2{E}[0m\n"
    f"{E}[38;5;33mWould Skip:{E}[0m {E}[38;5;208m1{E}[0m\n"
    f"{E}[38;5;33m========================================{E}[0m\n"
    "\n\n"
    "2026-12-03 22:42:17 - INFO - Dry run completed for run ID: 3\n"
)
# `--dry-run --skip=b` (b has a description and env variables) and `--skip=--sequential,a`.
SKIPPED_WITH_ENV = (
    f"2. {E}[38;5;208mb{E}[0m - Second {E}[38;5;208m[SKIPPED]{E}[0m {E}[38;5;201m[ENV: X]{E}[0m "
    f"{E}[38;5;33m[DEPS: a]{E}[0m"
)
FLAG_LIKE_SKIPPED = (
    f"3. {E}[38;5;208m--sequential{E}[0m - Flag-like {E}[38;5;208m[SKIPPED]{E}[0m "
    f"{E}[38;5;33m[DEPS: none]{E}[0m"
)
NOT_UTF8 = (
    "Error reading configuration file '/tmp/bridge/wd/latin.json': 'utf-8' codec can't decode byte 0xe9 "
    "in position 25: invalid continuation byte\n"
)
USAGE_ERROR = (
    "usage: executioner.py [-h] [-c CONFIG] [--simple-config] [--sample-config]\n"
    "                      [--show-run RUN_ID] [--debug] [--verbose] [--visible]\n"
    "executioner.py: error: argument --skip: expected one argument\n"
)
NOT_FOUND = (
    "Error: Configuration file '/tmp/bridge/wd/nonexist.json' not found.\n"
    "Please check the file path or create the configuration file.\n"
    "Use --sample-config to see an example configuration.\n"
)
RELATIVE_NOT_FOUND = "Configuration file 'wd/x.json' not found.\n"  # jobs/executioner.py, no "Error:"
BAD_JSON = (
    "Error: Invalid JSON in configuration file '/tmp/bridge/wd/badjson.json'.\n"
    "JSON error: Expecting value: line 1 column 11 (char 10)\n"
)
# A run against the shipped v6 history DB (ENGINE.md Surprise 15), last lines.
V6_CRASH = (
    f"2026-12-03 22:38:22 - {E}[31mERROR{E}[0m - Database error: table job_history has no column named "
    "attempt_id\n"
    "Traceback (most recent call last):\n"
    '  File "/tmp/bridge/engine6/jobs/db_utils.py", line 9, in wrapper\n'
    "    return func(*args, **kwargs)\n"
    "sqlite3.OperationalError: table job_history has no column named attempt_id\n"
    "\n"
    "During handling of the above exception, another exception occurred:\n"
    "\n"
    "Traceback (most recent call last):\n"
    '  File "/tmp/bridge/engine6/jobs/db_utils.py", line 11, in wrapper\n'
    '    logger.error(f"Database error in {func.__name__}: {e}")\n'
    "    ^^^^^^^^^^^^\n"
    "AttributeError: 'function' object has no attribute 'error'\n"
)


def test_resume_dry_run_keeps_the_skipped_job_and_reads_the_summary() -> None:
    plan = parse_plan(RESUME_DRY_RUN)
    assert plan.mode == "SEQUENTIAL"
    steps = [(s.position, s.id, s.skipped) for s in plan.steps]
    assert steps == [(1, "a", True), (2, "b", False), (3, "c", False)]
    skipped = plan.steps[0]
    assert (skipped.description, skipped.command, skipped.dependencies) == ("", "", [])
    assert plan.steps[1].command == "exit 3" and plan.steps[1].dependencies == ["a"]
    assert plan.summary is not None
    summary = plan.summary
    assert (summary.total, summary.would_execute, summary.would_skip) == (3, 2, 1)
    assert (summary.resume_of, summary.attempt, summary.run_id) == (3, 2, 3)
    assert summary.application == "bridge_fail"


def test_skipped_lines_keep_description_env_and_flag_like_ids() -> None:
    step = parse_plan(SKIPPED_WITH_ENV).steps[0]
    assert (step.id, step.description, step.skipped, step.env, step.dependencies) == (
        "b",
        "Second",
        True,
        ["X"],
        ["a"],
    )
    flag = parse_plan(FLAG_LIKE_SKIPPED).steps[0]
    assert (flag.id, flag.description, flag.skipped) == ("--sequential", "Flag-like", True)
    # A description ending in " -" does not turn the marker into a command preview.
    odd = f"1. {E}[38;5;208ma{E}[0m - foo - {E}[38;5;208m[SKIPPED]{E}[0m {E}[38;5;33m[DEPS: none]{E}[0m"
    assert [(s.description, s.skipped, s.command) for s in parse_plan(odd).steps] == [("foo -", True, "")]
    # The same lines with the colours removed (a log file, or an engine that stops colouring).
    plain = parse_plan("1. a -  [SKIPPED] [DEPS: none]\n2. b - Second [SKIPPED] [ENV: X] [DEPS: a]\n")
    assert [(s.id, s.description, s.skipped, s.env) for s in plain.steps] == [
        ("a", "", True, []),
        ("b", "Second", True, ["X"]),
    ]


def test_a_plain_dry_run_summary_has_no_resume() -> None:
    text = (
        "2026-12-03 22:37:35 - INFO - Initialized run ID: 3, attempt: 1\n"
        f"{E}[38;5;33m       DRY RUN EXECUTION SUMMARY        {E}[0m\n"
        f"{E}[38;5;33mRun ID:{E}[0m 3\n{E}[38;5;33mTotal Jobs:{E}[0m 3\n"
        f"{E}[38;5;33mWould Execute:{E}[0m {E}[38;5;28m2{E}[0m\n{E}[38;5;33mWould Skip:{E}[0m 0{E}[0m\n"
    )
    summary = parse_plan(text).summary
    assert summary is not None
    assert (summary.run_id, summary.resume_of, summary.attempt, summary.would_skip) == (3, None, 1, 0)
    assert parse_plan(NOT_FOUND).summary is None


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (NOT_UTF8, NOT_UTF8.strip()),
        (USAGE_ERROR, "The engine refused its arguments: argument --skip: expected one argument"),
        (NOT_FOUND, "Configuration file '/tmp/bridge/wd/nonexist.json' not found."),
        (RELATIVE_NOT_FOUND, RELATIVE_NOT_FOUND.strip()),
    ],
)
def test_printed_engine_errors_become_messages(output: str, expected: str) -> None:
    assert [(m.level, m.text) for m in messages(output)] == [("error", expected)]


def test_invalid_json_gives_both_lines_and_a_crash_gives_its_last_lines() -> None:
    assert [m.text for m in messages(BAD_JSON)] == [
        "Invalid JSON in configuration file '/tmp/bridge/wd/badjson.json'.",
        "JSON error: Expecting value: line 1 column 11 (char 10)",
    ]
    texts = [m.text for m in messages(V6_CRASH)]
    assert texts == [
        "Database error: table job_history has no column named attempt_id",
        "The engine crashed: sqlite3.OperationalError: table job_history has no column named attempt_id",
        "The engine crashed: AttributeError: 'function' object has no attribute 'error'",
    ]


def test_a_failure_without_a_recognised_error_line_still_has_a_message() -> None:
    found = failure_messages("Loading...\n========\nsomething odd happened\n\n", 3)
    assert [(m.level, m.text, m.line) for m in found] == [
        ("error", "The engine failed with exit code 3: Loading... / something odd happened", 3)
    ]
    assert failure_messages("", 1)[0].text == "The engine failed with exit code 1 and printed nothing."
    assert "signal 9" in failure_messages("", -9)[0].text
    assert failure_messages("all good\n", 0) == []
    # A warning alone does not explain a failure; the fallback is added after it.
    found = failure_messages("Warning: Skipping invalid environment variable: X\n", 1)
    assert [m.level for m in found] == ["warning", "error"]


FAKE_ENGINE = """
import json, sys
from pathlib import Path
here = Path(__file__).parent
with open(here / "argv.log", "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
sys.stdout.buffer.write((here / "out.txt").read_bytes())
sys.exit(int((here / "code.txt").read_text()))
"""


@pytest.fixture
def fake(tmp_path: Path) -> Path:
    folder = tmp_path / "fake_engine"
    folder.mkdir()
    (folder / "executioner.py").write_text(FAKE_ENGINE)
    return folder


def answer(folder: Path, output: str, code: int) -> None:
    (folder / "out.txt").write_bytes(output.encode())
    (folder / "code.txt").write_text(str(code))


def calls(folder: Path) -> list[list[str]]:
    return [json.loads(line) for line in (folder / "argv.log").read_text().splitlines()]


@pytest.fixture
def fake_client(client_for: ClientFactory, fake: Path) -> TestClient:
    return client_for(engine=fake / "executioner.py", engine_python=sys.executable)


@pytest.mark.parametrize(
    ("output", "code", "expected"),
    [
        (NOT_UTF8, 1, "Error reading configuration file"),
        (USAGE_ERROR, 2, "argument --skip: expected one argument"),
        ("\n\n", 1, "exit code 1 and printed nothing"),
        (V6_CRASH, 1, "The engine crashed: AttributeError"),
    ],
)
def test_failed_dry_run_never_has_empty_messages(
    fake_client: TestClient, fake: Path, output: str, code: int, expected: str
) -> None:
    answer(fake, output, code)
    result = fake_client.post("/api/engine/dry-run", json={"path": "demo_success.json"}).json()
    assert result["ok"] is False and result["exit_code"] == code
    assert any(expected in m["text"] and m["level"] == "error" for m in result["messages"])


def test_resume_dry_run_through_the_api_returns_skipped_steps_and_summary(
    fake_client: TestClient, fake: Path, workspace: Path
) -> None:
    answer(fake, RESUME_DRY_RUN, 0)
    options = {"resume_from": 3, "skip": ["--sequential", "a"]}
    result = fake_client.post("/api/engine/dry-run", json={"path": "demo_success.json", "options": options})
    body: dict[str, Any] = result.json()
    assert [s["id"] for s in body["plan"]["steps"] if s["skipped"]] == ["a"]
    assert body["plan"]["summary"]["resume_of"] == 3 and body["plan"]["summary"]["would_skip"] == 1
    assert body["messages"] == [{"level": "warning", "text": "New jobs not in previous run: c", "line": 2}]
    # An id that looks like a flag travels as the value of --skip=, never as a flag of its own.
    assert calls(fake)[-1] == [
        "-c",
        str(workspace / "demo_success.json"),
        "--dry-run",
        "--skip=--sequential",
        "--skip=a",
        "--resume-from",
        "3",
    ]


def test_mark_success_passes_ids_as_one_jobs_value(fake_client: TestClient, fake: Path) -> None:
    answer(fake, "Error: No jobs found for run ID 7\n", 1)
    result = fake_client.post("/api/engine/mark-success", json={"run_id": 7, "jobs": ["-x", "b"]}).json()
    assert calls(fake)[-1] == ["--mark-success", "-r", "7", "--jobs=-x,b"]
    assert result["ok"] is False and result["messages"][0]["text"] == "No jobs found for run ID 7"


@pytest.mark.parametrize(
    ("url", "body", "words"),
    [
        ("/api/engine/dry-run", {"options": {"skip": ["a\x00b"]}}, "U+0000"),
        ("/api/engine/dry-run", {"options": {"skip": ["a\nb"]}}, "U+000A"),
        ("/api/engine/dry-run", {"options": {"skip": [" "]}}, "Empty job id"),
        ("/api/engine/dry-run", {"options": {"env": {"A": "x\x00y"}}}, "U+0000"),
        ("/api/engine/dry-run", {"options": {"env": {"A": "x\x1by"}}}, "U+001B"),
        ("/api/engine/dry-run", {"options": {"resume_from": 2**63}}, "2^63"),
        ("/api/runs", {"options": {"skip": ["a\x00"]}}, "U+0000"),
        ("/api/engine/mark-success", {"run_id": 2, "jobs": ["fl\x00aky"]}, "U+0000"),
        ("/api/engine/mark-success", {"run_id": 2**63, "jobs": ["a"]}, "2^63"),
        # A lone surrogate is valid JSON (\ud800) but not text a command line can carry.
        ("/api/engine/dry-run", {"options": {"skip": ["\ud800"]}}, "not valid text"),
        ("/api/engine/dry-run", {"options": {"env": {"A": "x\udfff"}}}, "not valid text"),
        ("/api/engine/mark-success", {"run_id": 2, "jobs": ["\ud800"]}, "not valid text"),
    ],
)
def test_control_characters_and_huge_ids_are_refused_before_the_engine_starts(
    fake_client: TestClient, fake: Path, url: str, body: dict[str, Any], words: str
) -> None:
    answer(fake, "", 0)
    if "path" not in body and "run_id" not in body:
        body = {"path": "demo_success.json", **body}
    # json.dumps escapes to ASCII, so even a lone surrogate travels as the JSON text a browser sends.
    response = fake_client.post(url, content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert words in response.json()["detail"]
    assert not (fake / "argv.log").exists()


def test_a_tab_in_an_env_value_is_passed(fake_client: TestClient, fake: Path) -> None:
    answer(fake, "", 0)
    options = {"env": {"A": "x\ty"}}
    body = {"path": "demo_success.json", "options": options}
    assert fake_client.post("/api/engine/dry-run", json=body).json()["ok"]
    assert calls(fake)[-1][-2:] == ["--env", "A=x\ty"]
