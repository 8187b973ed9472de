"""Parsing of the engine's console output (formats recorded in `transcripts/`, ENGINE.md §7.4, §8).

The engine colours its output with ANSI codes even when not on a TTY; everything here works on text
with the codes removed, except where the colours mark field boundaries more reliably than text does.
"""

import re
from dataclasses import dataclass, field

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
TIMESTAMPED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) - ([A-Z]+) - (.*)$")
_MODE = re.compile(r"^Execution mode: (.+)$")
_C = r"\x1b\[[0-9;]*m"  # one colour code
# Executed: `N. <id> - <description> - <command preview> [ENV: a, b] [DEPS: x, y|none]`
_PLAN_LINE = re.compile(r"^(\d+)\. (.*?) - (.*) - (.*?)(?: \[ENV: ([^\]]*)\])? \[DEPS: ([^\]]*)\]$")
# Skipped (no " - " before the marker, so an empty description leaves two spaces):
# `N. <id> - <description> [SKIPPED] [ENV: a] [DEPS: x|none]`
_SKIPPED_LINE = re.compile(r"^(\d+)\. (.*?) - (.*) \[SKIPPED\](?: \[ENV: ([^\]]*)\])? \[DEPS: ([^\]]*)\]$")
# In the coloured form the id and the command (or the [SKIPPED] marker) have their own colour codes.
_PLAN_COLOURED = re.compile(
    rf"^(\d+)\. {_C}(.*?){_C} - (.*) - {_C}(.*?){_C}((?: \S*\[ENV: .*)? \S*\[DEPS: .*)$"
)
_SKIPPED_COLOURED = re.compile(  # the marker is yellow (208); a command preview is blue
    rf"^(\d+)\. {_C}(.*?){_C} - (.*) \x1b\[38;5;208m\[SKIPPED\]{_C}((?: \S*\[ENV: .*)? \S*\[DEPS: .*)$"
)
_PLAN_TAIL = re.compile(r"^(?: \[ENV: ([^\]]*)\])? \[DEPS: ([^\]]*)\]$")
_RESUME_TITLE = re.compile(r"^DRY RUN - RESUME #(\d+) \(Attempt (\d+)\)$")
_INITIALIZED = re.compile(r"Initialized run ID: (\d+), attempt: (\d+)")
_SUMMARY_FIELDS = {
    "Application": "application",
    "Run ID": "run_id",
    "Original Run": "resume_of",
    "Total Jobs": "total",
    "Would Execute": "would_execute",
    "Would Skip": "would_skip",
}
# Lines the engine prints (not logs) when it refuses to start (executioner.py main, jobs/executioner.py).
_PRINTED_ERROR = re.compile(
    r"^(?:Error\b.*|Configuration file .*(?:not found|invalid JSON).*|JSON error: .*)$"
)
_USAGE_ERROR = re.compile(r"^\S+: error: (.+)$")  # argparse, exit code 2
_DECORATION = re.compile(r"^[=\-_*#~\s]*$")


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


@dataclass(frozen=True)
class Message:
    level: str  # "error" | "warning"
    text: str
    line: int  # 1-based line number in the output (0: not tied to a line)


@dataclass(frozen=True)
class PlanStep:
    position: int
    id: str
    description: str
    command: str
    skipped: bool
    env: list[str]
    dependencies: list[str]


@dataclass(frozen=True)
class PlanSummary:
    """The dry run's summary block. `would_skip` is the engine's own count: the size of its skip set,
    which includes unknown ids given to --skip (ENGINE.md §8.1)."""

    total: int | None = None
    would_execute: int | None = None
    would_skip: int | None = None
    application: str | None = None
    run_id: int | None = None
    resume_of: int | None = None  # the run being resumed (title `DRY RUN - RESUME #R (Attempt k)`)
    attempt: int | None = None


@dataclass
class Plan:
    mode: str | None = None
    steps: list[PlanStep] = field(default_factory=list)
    summary: PlanSummary | None = None


def messages(output: str) -> list[Message]:
    """ERROR and WARNING lines, logged (`<ts> - ERROR - …`) or printed (`Error: …`, `Error reading
    configuration file …`, `Configuration file '…' not found.`, `Warning: …`), argparse usage errors,
    and the last line of each Python traceback (the engine crashed)."""
    found: list[Message] = []
    in_traceback = False
    for number, line in enumerate(strip_ansi(output).splitlines(), start=1):
        text = line.strip()
        logged = TIMESTAMPED.match(line)
        usage = _USAGE_ERROR.match(text)
        if logged and logged.group(2) in ("ERROR", "WARNING", "CRITICAL"):
            level = "warning" if logged.group(2) == "WARNING" else "error"
            found.append(Message(level, logged.group(3), number))
        elif line.startswith("Traceback (most recent call last):"):
            in_traceback = True
        elif in_traceback:
            if line and not line.startswith(" "):
                found.append(Message("error", f"The engine crashed: {line}", number))
                in_traceback = False
        elif re.match(r"^(Error|ERROR):", text):
            found.append(Message("error", text.split(":", 1)[1].strip(), number))
        elif _PRINTED_ERROR.match(text):
            found.append(Message("error", text, number))
        elif usage:
            found.append(Message("error", f"The engine refused its arguments: {usage.group(1)}", number))
        elif text.startswith("Warning:"):
            found.append(Message("warning", text.split(":", 1)[1].strip(), number))
    return found


def failure_messages(output: str, exit_code: int) -> list[Message]:
    """`messages`, plus, when the engine failed without an error line we recognise, one error made of
    its last meaningful output lines: a failure never comes with an empty list."""
    found = messages(output)
    if exit_code == 0 or any(m.level == "error" for m in found):
        return found
    lines = [(n, line.strip()) for n, line in enumerate(strip_ansi(output).splitlines(), start=1)]
    meaningful = [(n, text) for n, text in lines if not _DECORATION.match(text)][-3:]
    if exit_code < 0:
        reason = f"The engine was stopped by signal {-exit_code}"
    else:
        reason = f"The engine failed with exit code {exit_code}"
    if not meaningful:
        return [*found, Message("error", f"{reason} and printed nothing.", 0)]
    tail = " / ".join(text for _, text in meaningful)
    return [*found, Message("error", f"{reason}: {tail}", meaningful[-1][0])]


def parse_plan(output: str) -> Plan:
    plan = Plan()
    summary: dict[str, str] = {}
    in_summary = False
    for raw in output.splitlines():
        line = strip_ansi(raw).strip()
        mode = _MODE.match(line)
        if mode:
            plan.mode = mode.group(1).strip()
            continue
        if line == "DRY RUN EXECUTION SUMMARY" or _RESUME_TITLE.match(line):
            in_summary = True
            summary["title"] = line
            continue
        initialized = _INITIALIZED.search(line)
        if initialized:
            summary.setdefault("initialized_attempt", initialized.group(2))
        if in_summary and ":" in line:
            key, value = (part.strip() for part in line.split(":", 1))
            if key in _SUMMARY_FIELDS:
                summary[_SUMMARY_FIELDS[key]] = value
            continue
        step = _plan_fields(raw.rstrip(), strip_ansi(raw).rstrip())
        if step is not None:
            plan.steps.append(step)
    if "title" in summary:
        plan.summary = _summary(summary)
    return plan


def _summary(values: dict[str, str]) -> PlanSummary:
    resume = _RESUME_TITLE.match(values["title"])
    return PlanSummary(
        total=_int(values.get("total")),
        would_execute=_int(values.get("would_execute")),
        would_skip=_int(values.get("would_skip")),
        application=values.get("application"),
        run_id=_int(values.get("run_id") or values.get("resume_of")),
        resume_of=int(resume.group(1)) if resume else None,
        attempt=int(resume.group(2)) if resume else _int(values.get("initialized_attempt")),
    )


def _int(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None


def _plan_fields(raw: str, line: str) -> PlanStep | None:
    """Fields of one plan line. The colour codes mark where the id and the command start and end,
    which text alone cannot tell when a description or command contains " - "."""
    if skip := _SKIPPED_COLOURED.match(raw):
        position, ident, description, tail = skip.groups()
        command, skipped = "", True
    elif run := _PLAN_COLOURED.match(raw):
        position, ident, description, command, tail = run.groups()
        skipped = False
    else:
        return _plain_fields(line)
    tail_match = _PLAN_TAIL.match(strip_ansi(tail))
    if tail_match is None:
        return None
    env, deps = tail_match.groups()
    return _step(position, ident, strip_ansi(description), command, skipped, env, deps)


def _plain_fields(line: str) -> PlanStep | None:
    if skip := _SKIPPED_LINE.match(line):
        position, ident, description, env, deps = skip.groups()
        return _step(position, ident, description, "", True, env, deps)
    if run := _PLAN_LINE.match(line):
        position, ident, description, command, env, deps = run.groups()
        return _step(position, ident, description, command, False, env, deps)
    return None


def _step(
    position: str, ident: str, description: str, command: str, skipped: bool, env: str | None, deps: str
) -> PlanStep:
    return PlanStep(
        position=int(position),
        id=ident,
        description=description,
        command=command,
        skipped=skipped,
        env=_names(env or ""),
        dependencies=[] if deps.strip() == "none" else _names(deps),
    )


def _names(listing: str) -> list[str]:
    return [item.strip() for item in listing.split(",") if item.strip()]
