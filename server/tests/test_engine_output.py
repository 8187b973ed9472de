"""Parsing of the engine's recorded output (transcripts from ../shared when present, else the
verbatim samples embedded in tests/standin.py)."""

from executioner_studio.domain.engine_output import messages, parse_plan, strip_ansi
from executioner_studio.domain.run_events import event_from_line
from tests.standin import transcript


def events_of(name: str) -> list[dict[str, object]]:
    found = [event_from_line(line) for line in transcript(name).decode().splitlines()]
    return [{k: v for k, v in e.items() if k != "time"} for e in found if e is not None]


def test_dry_run_plan_of_parallel_stress_test() -> None:
    plan = parse_plan(transcript("dry_run_parallel_stress_test").decode())
    assert plan.mode == "PARALLEL with 10 workers"
    first = plan.steps[0]
    assert (first.position, first.id, first.description, first.command) == (
        1,
        "job_1",
        "Job 1",
        "echo 'Job 1' && sleep 0.05",
    )
    assert first.dependencies == []
    mid = next(step for step in plan.steps if step.id == "mid_1")
    assert (mid.position, mid.description, sorted(mid.dependencies)) == (6, "Mid layer 1", ["job_1", "job_2"])
    assert all(not step.skipped for step in plan.steps)


def test_plan_lines_without_colours_with_env_and_skipped_jobs() -> None:
    """The ENV and SKIPPED forms of ENGINE.md §7.4, as printed with the colours stripped."""
    text = (
        "Execution mode: SEQUENTIAL\n"
        "1. job4 - Third job - depending - python3 /home/u/claudelab/execution... [DEPS: none]\n"
        "2. job1 - First basic job - python3 x.py [ENV: TEST_JOB, TEST_PARAM] [DEPS: job4]\n"
        "3. job2 - Second [SKIPPED] [DEPS: job1]\n"
    )
    plan = parse_plan(text)
    assert plan.mode == "SEQUENTIAL"
    assert [s.id for s in plan.steps] == ["job4", "job1", "job2"]
    assert plan.steps[0].description == "Third job - depending"
    assert plan.steps[1].env == ["TEST_JOB", "TEST_PARAM"]
    assert plan.steps[1].dependencies == ["job4"]
    assert plan.steps[2].skipped and plan.steps[2].command == ""
    assert plan.steps[2].description == "Second" and plan.steps[2].dependencies == ["job1"]


def test_circular_dependency_messages() -> None:
    found = messages(transcript("dry_run_circular_deps_test").decode())
    assert [m.level for m in found] == ["error", "error", "error"]
    assert found[0].text == "Circular dependency detected: job_a -> job_c -> job_b -> job_a"
    assert found[2].text == "Circular dependencies detected"
    assert parse_plan(transcript("dry_run_circular_deps_test").decode()).steps == []


def test_crash_traceback_becomes_an_error_message() -> None:
    text = (
        'Traceback (most recent call last):\n  File "x.py", line 1\nTypeError: expected str, not NoneType\n'
    )
    assert messages(text)[0].text == "The engine crashed: TypeError: expected str, not NoneType"


def test_strip_ansi_removes_colour_codes() -> None:
    assert strip_ansi("\x1b[38;5;33mRun ID:\x1b[0m \x1b[38;5;208m2\x1b[0m") == "Run ID: 2"


def test_run_events_of_the_continue_on_error_run() -> None:
    events = events_of("run_demo_failures_coe")
    assert events[0] == {"type": "run_started", "engine_run_id": 4, "attempt": 1}
    started = [e["job"] for e in events if e["type"] == "job_started"]
    assert started == ["prepare", "slow", "checked", "flaky"]
    assert {"type": "job_succeeded", "job": "prepare", "duration_seconds": 0.64} in events
    assert {"type": "timeout", "job": "slow", "after_seconds": 1.0} in events
    assert {"type": "post_check_failed", "job": "checked", "duration_seconds": 0.64} in events
    failed = [(e["job"], e["attempts"]) for e in events if e["type"] == "job_failed"]
    assert failed == [("slow", 1), ("checked", 1), ("flaky", 3)]
    retries = [(e["attempt"], e["of"], e["delay_seconds"]) for e in events if e["type"] == "retry"]
    assert retries == [(1, 2, 0.2), (2, 2, 0.3)]
    assert events[-1] == {"type": "run_status", "engine_run_id": 4, "status": "FAILED"}


def test_events_carry_the_engine_timestamp() -> None:
    event = event_from_line("2026-11-25 19:07:12 - INFO - Starting job 'extract'")
    assert event == {"type": "job_started", "job": "extract", "time": "2026-11-25 19:07:12"}
    assert event_from_line("Starting job 'extract'") is None  # not a log line
