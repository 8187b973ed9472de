"""The stand-in for the user's engine (`standin_engine.py`), set up in a temporary folder by the tests.

The real engine is the user's program and cannot be installed from a registry. The stand-in replays
the engine's recorded console output (`../shared/executioner/transcripts/*.txt`) byte for byte, with
the engine's exit codes (ENGINE.md §8.1: 0 for success and a dry-run that passes, 1 for a failed run,
a refused config or a cycle), so the server's parsing and streaming are tested against real formats.
When `../shared` is absent it replays the minimal samples below, cut verbatim from those transcripts.
Any other config is executed like the real engine does (standin_engine.py's docstring).
Every invocation appends its argv and cwd to `argv.log` beside the script, so tests can check the
exact command line the server built.
"""

import json
import os
import shutil
from pathlib import Path

# ../shared/executioner beside the repository; STUDIO_TEST_SHARED overrides it (point it at an empty
# folder to check that the suite skips cleanly without the recorded data).
SHARED = Path(
    os.environ.get("STUDIO_TEST_SHARED")
    or Path(__file__).resolve().parents[2].parent / "shared" / "executioner"
)
TRANSCRIPTS = SHARED / "transcripts"

E = "\x1b"
SAMPLES = {
    "dry_run_parallel_stress_test": (
        "2026-11-25 19:07:52 - INFO - Initialized run ID: 5, attempt: 1\n"
        "2026-11-25 19:07:52 - INFO - Starting dry run - printing execution plan\n\n"
        f"{E}[38;5;33mExecution mode:{E}[0m {E}[38;5;201mPARALLEL with 10 workers{E}[0m\n\n"
        f"{E}[38;5;33mJob execution order:{E}[0m\n"
        f"1. {E}[38;5;28mjob_1{E}[0m - Job 1 - {E}[38;5;33mecho 'Job 1' && sleep 0.05{E}[0m {E}[38;5;33m[DEPS: none]{E}[0m\n"
        f"6. {E}[38;5;28mmid_1{E}[0m - Mid layer 1 - {E}[38;5;33mecho 'Mid 1'{E}[0m {E}[38;5;33m[DEPS: job_2, job_1]{E}[0m\n"
        "2026-11-25 19:07:52 - INFO - Dry run completed for run ID: 5\n"
    ),
    "dry_run_circular_deps_test": (
        f"2026-11-25 19:07:53 - {E}[31mERROR{E}[0m - Circular dependency detected: job_a -> job_c -> job_b -> job_a\n"
        f"2026-11-25 19:07:53 - {E}[31mERROR{E}[0m - Circular dependencies detected in job configuration\n"
        f"{E}[38;5;196mERROR: Circular dependencies detected{E}[0m\n"
    ),
    "run_demo_failures_coe": (
        "2026-11-25 19:07:21 - INFO - Initialized run ID: 4, attempt: 1\n"
        "2026-11-25 19:07:21 - INFO - Starting job 'prepare'\n"
        "2026-11-25 19:07:22 - INFO - Job 'prepare' completed successfully in 0.64 seconds\n"
        "2026-11-25 19:07:22 - INFO - Starting job 'slow'\n"
        f"2026-11-25 19:07:23 - {E}[31mERROR{E}[0m - Job slow timed out after 1 seconds (timeout=1).\n"
        f"2026-11-25 19:07:24 - {E}[31mERROR{E}[0m - Job slow failed after 1 attempts.\n"
        "2026-11-25 19:07:24 - INFO - Starting job 'checked'\n"
        f"2026-11-25 19:07:24 - {E}[31mERROR{E}[0m - Job checked failed post-checks after 0.64 seconds.\n"
        f"2026-11-25 19:07:24 - {E}[31mERROR{E}[0m - Job checked failed after 1 attempts.\n"
        "2026-11-25 19:07:24 - INFO - Starting job 'flaky'\n"
        "2026-11-25 19:07:25 - INFO - Will retry job flaky in 0.2 seconds (attempt 1/2)\n"
        "2026-11-25 19:07:26 - INFO - Will retry job flaky in 0.3 seconds (attempt 2/2)\n"
        f"2026-11-25 19:07:27 - {E}[31mERROR{E}[0m - Job flaky failed after 3 attempts.\n"
        "2026-11-25 19:07:27 - INFO - Updated run summary for run ID: 4 with status: FAILED\n"
    ),
    "run_demo_success": (
        "2026-11-25 19:07:12 - INFO - Initialized run ID: 1, attempt: 1\n"
        "2026-11-25 19:07:12 - INFO - Starting job 'extract'\n"
        "2026-11-25 19:07:13 - INFO - Job 'extract' completed successfully in 0.64 seconds\n"
        "2026-11-25 19:07:15 - INFO - Updated run summary for run ID: 1 with status: SUCCESS\n"
    ),
    "mark_success": (
        "\nChecking status for run 2...\n\nCurrent status for run 2:\n  - flaky: FAILED\n\n"
        "Will mark the following jobs as SUCCESS:\n  - flaky\n\n"
        "Are you sure you want to mark these jobs as SUCCESS? [y/N]: "
        "2026-11-25 19:07:31 - INFO - Marked job flaky as SUCCESS for run 2\n\n"
        "\u2713 Successfully marked 1 job(s) as SUCCESS\n"
    ),
}
EXIT_CODES = {
    "dry_run_parallel_stress_test": 0,
    "dry_run_circular_deps_test": 1,
    "run_demo_success": 0,
    "run_demo_parallel": 0,
    "run_demo_failures": 1,
    "run_demo_failures_coe": 1,
    "run_resume": 1,
}


def transcript(name: str) -> bytes:
    """The recorded output, from ../shared when present, else the embedded sample."""
    recorded = TRANSCRIPTS / f"{name}.txt"
    if recorded.is_file():
        return recorded.read_bytes()
    return SAMPLES[name].encode()


def write_standin(folder: Path) -> Path:
    """Copy the stand-in engine (standin_engine.py) to `folder/executioner.py`, with the recorded
    transcripts it replays in `folder/transcripts.json`; return the script's path."""
    names = [*EXIT_CODES, "mark_success"]
    # latin-1 maps each byte to one character, so the script writes back exactly the recorded bytes.
    outputs = {name: transcript(name).decode("latin-1") for name in _available(names)}
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "executioner.py"
    shutil.copyfile(Path(__file__).with_name("standin_engine.py"), script)
    (folder / "transcripts.json").write_text(json.dumps({"outputs": outputs, "codes": EXIT_CODES}))
    return script


def _available(names: list[str]) -> list[str]:
    return [n for n in names if (TRANSCRIPTS / f"{n}.txt").is_file() or n in SAMPLES]


def argv_log(script: Path) -> list[dict[str, object]]:
    log = script.parent / "argv.log"
    if not log.is_file():
        return []
    return [json.loads(line) for line in log.read_text().splitlines()]
