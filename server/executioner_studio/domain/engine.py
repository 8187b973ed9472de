"""Invoking the user's engine (`executioner.py`): command lines, dry-run and mark-success.

The engine is always given an absolute `-c` path: it re-opens the config after changing into
`working_dir` (ENGINE.md §0 step 8), so a relative path would point somewhere else.
"""

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ServiceUnavailable, Unprocessable
from .engine_output import Message, Plan, failure_messages, parse_plan, strip_ansi

DRY_RUN_TIMEOUT_SECONDS = 120
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# NUL cannot be passed in argv at all (it gave a 500); the other C0 controls and DEL would reach the
# engine's logs and terminal output as raw control codes. A tab is allowed in env values only.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_IN_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# SQLite stores 64-bit integers; the engine crashes on a larger run id.
MAX_RUN_ID = 2**63 - 1


def _describe(pattern: re.Pattern[str], text: str) -> str:
    return ", ".join(sorted({f"U+{ord(c):04X}" for c in pattern.findall(text)}))


def _check_text(text: str, what: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate such as "\ud800" (JSON allows it)
        raise Unprocessable(
            f"The {what} is not valid text: {error.reason} at position {error.start}."
        ) from None


def check_job_id(job: str, what: str) -> None:
    """A job id the engine can receive inside one comma-separated flag value."""
    _check_text(job, what)
    if not job.strip():
        raise Unprocessable(f"Empty {what}.")
    if "," in job:
        raise Unprocessable(f"Invalid {what} {job!r}: the engine splits ids on commas.")
    if _CONTROL.search(job):
        raise Unprocessable(
            f"Invalid {what} {job!r}: it contains a control character ({_describe(_CONTROL, job)})."
        )


def check_run_id(run_id: int, what: str) -> None:
    if not 0 < run_id <= MAX_RUN_ID:
        raise Unprocessable(f"{what} must be a positive integer below 2^63 (the engine's SQLite limit).")


@dataclass(frozen=True)
class Engine:
    script: Path
    python: str

    def base_command(self) -> list[str]:
        return [self.python, str(self.script)]

    def environment(self) -> dict[str, str]:
        # Unbuffered so a run's lines reach the browser as they happen, not in 4 KB blocks.
        return {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"}

    @property
    def cwd(self) -> Path:
        # History modes create `<cwd>/logs/` (ENGINE.md §8.3): keep that beside the engine.
        return self.script.parent


def require_engine(script: Path | None, python: str, hint: str) -> Engine:
    if script is None:
        raise ServiceUnavailable(hint)
    if not script.is_file():
        raise ServiceUnavailable(f"The configured engine {script} does not exist. {hint}")
    return Engine(script, python)


@dataclass(frozen=True)
class RunOptions:
    mode: str | None = None  # "parallel" | "sequential" | None (as the config says)
    workers: int | None = None
    skip: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    continue_on_error: bool = False
    resume_from: int | None = None
    failed_only: bool = False

    def arguments(self) -> list[str]:
        """The CLI flags these options stand for (ENGINE.md §8.1), after checking them."""
        args: list[str] = []
        if self.mode == "parallel":
            args.append("--parallel")
        elif self.mode == "sequential":
            args.append("--sequential")
        elif self.mode is not None:
            raise Unprocessable(f"Unknown mode {self.mode!r}; use 'parallel' or 'sequential'.")
        if self.workers is not None:
            if self.workers <= 0:
                raise Unprocessable("workers must be a positive number (the engine ignores 0 and less).")
            args += ["--workers", str(self.workers)]
        for job in self.skip:
            check_job_id(job, "job id to skip")
            # `--skip=<id>`, not `--skip <id>`: argparse would read an id such as `--sequential` as the
            # next flag and stop with a usage error (checked with the real engine).
            args.append(f"--skip={job}")
        for name, value in self.env.items():
            if not _ENV_NAME.match(name):
                raise Unprocessable(f"Invalid environment variable name: {name!r}.")
            _check_text(value, f"value of {name}")
            if "," in value:
                # The engine splits --env on commas (ENGINE.md §4.4), so a comma would cut the value.
                raise Unprocessable(f"The value of {name} contains a comma, which --env cannot pass.")
            if _CONTROL_IN_VALUE.search(value):
                raise Unprocessable(
                    f"The value of {name} contains a control character "
                    f"({_describe(_CONTROL_IN_VALUE, value)}); control characters are not passed to "
                    "the engine (NUL cannot go into a command line at all)."
                )
            args += ["--env", f"{name}={value}"]
        if self.continue_on_error:
            args.append("--continue-on-error")
        if self.resume_from is not None:
            check_run_id(self.resume_from, "resume_from")
            args += ["--resume-from", str(self.resume_from)]
        if self.failed_only:
            if self.resume_from is None:
                raise Unprocessable("failed_only needs resume_from (the engine requires --resume-from).")
            args.append("--resume-failed-only")
        return args


@dataclass(frozen=True)
class DryRunResult:
    exit_code: int
    ok: bool
    plan: Plan
    messages: list[Message]
    output: str
    command: list[str]


def run_captured(engine: Engine, args: list[str], stdin: str | None, timeout: float) -> tuple[int, str]:
    """Run the engine to completion; stdout and stderr are merged as a terminal would show them."""
    try:
        done = subprocess.run(  # noqa: S603 - fixed argv, no shell
            engine.base_command() + args,
            input=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            cwd=engine.cwd,
            env=engine.environment(),
            timeout=timeout,
            start_new_session=True,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ServiceUnavailable(f"The engine did not finish within {timeout:.0f} seconds.") from error
    except OSError as error:
        raise ServiceUnavailable(f"Could not start the engine ({engine.python}): {error}.") from error
    return done.returncode, done.stdout


def dry_run(engine: Engine, config: Path, options: RunOptions) -> DryRunResult:
    args = ["-c", str(config.resolve()), "--dry-run", *options.arguments()]
    code, output = run_captured(engine, args, None, DRY_RUN_TIMEOUT_SECONDS)
    return DryRunResult(
        exit_code=code,
        ok=code == 0,
        plan=parse_plan(output),
        messages=failure_messages(output, code),
        output=strip_ansi(output),
        command=engine.base_command() + args,
    )


def mark_success(engine: Engine, run_id: int, jobs: list[str]) -> dict[str, Any]:
    """`--mark-success -r RUN -j JOBS`, answering the engine's `[y/N]` question with `y`."""
    check_run_id(run_id, "run_id")
    if not jobs:
        raise Unprocessable("Give at least one job id to mark as successful.")
    for job in jobs:
        check_job_id(job, "job id to mark")
    listing = ",".join(job.strip() for job in jobs)
    # `--jobs=<ids>` so an id that starts with `-` is not read as a flag (checked with the real engine).
    args = ["--mark-success", "-r", str(run_id), f"--jobs={listing}"]
    code, output = run_captured(engine, args, "y\n", 60)
    text = strip_ansi(output)
    marked = re.search(r"Successfully marked (\d+) job", text)
    return {
        "exit_code": code,
        "ok": code == 0 and marked is not None,
        "marked": int(marked.group(1)) if marked else 0,
        "messages": [m.__dict__ for m in failure_messages(output, code)],
        "output": text,
    }
