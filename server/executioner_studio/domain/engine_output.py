"""Parsing of the engine's console output (formats recorded in `transcripts/`, ENGINE.md §7.4, §8).

The engine colours its output with ANSI codes even when not on a TTY; everything here works on text
with the codes removed, except where the colours mark field boundaries more reliably than text does.
"""

import re
from dataclasses import dataclass, field

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
TIMESTAMPED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) - ([A-Z]+) - (.*)$")
_MODE = re.compile(r"^Execution mode: (.+)$")
# `N. <id> - <description> - <command or [SKIPPED]> [ENV: a, b] [DEPS: x, y|none]`
_PLAN_LINE = re.compile(r"^(\d+)\. (.*?) - (.*) - (.*?)(?: \[ENV: ([^\]]*)\])? \[DEPS: ([^\]]*)\]$")
# In the coloured form the id and the command are wrapped in their own colour codes.
_PLAN_COLOURED = re.compile(
    r"^(\d+)\. \x1b\[38;5;28m(.*?)\x1b\[0m - (.*) - \x1b\[38;5;33m(.*?)\x1b\[0m"
    r"((?: \S*\[ENV: .*)? \S*\[DEPS: .*)$"
)
_PLAN_TAIL = re.compile(r"^(?: \[ENV: ([^\]]*)\])? \[DEPS: ([^\]]*)\]$")


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


@dataclass(frozen=True)
class Message:
    level: str  # "error" | "warning"
    text: str
    line: int  # 1-based line number in the output


@dataclass(frozen=True)
class PlanStep:
    position: int
    id: str
    description: str
    command: str
    skipped: bool
    env: list[str]
    dependencies: list[str]


@dataclass
class Plan:
    mode: str | None = None
    steps: list[PlanStep] = field(default_factory=list)


def messages(output: str) -> list[Message]:
    """ERROR and WARNING lines, logged (`<ts> - ERROR - …`) or printed (`Error: …`, `ERROR: …`),
    plus the last line of a Python traceback (the engine crashed)."""
    found: list[Message] = []
    lines = strip_ansi(output).splitlines()
    in_traceback = False
    for number, line in enumerate(lines, start=1):
        logged = TIMESTAMPED.match(line)
        if logged and logged.group(2) in ("ERROR", "WARNING", "CRITICAL"):
            level = "warning" if logged.group(2) == "WARNING" else "error"
            found.append(Message(level, logged.group(3), number))
        elif re.match(r"^(Error|ERROR):", line):
            found.append(Message("error", line.split(":", 1)[1].strip(), number))
        elif line.startswith("Traceback (most recent call last):"):
            in_traceback = True
        elif in_traceback and line and not line.startswith(" "):
            found.append(Message("error", f"The engine crashed: {line}", number))
            in_traceback = False
    return found


def parse_plan(output: str) -> Plan:
    plan = Plan()
    for raw in output.splitlines():
        line = strip_ansi(raw).rstrip()
        mode = _MODE.match(line)
        if mode:
            plan.mode = mode.group(1).strip()
            continue
        step = _plan_fields(raw.rstrip(), line)
        if step is not None:
            plan.steps.append(step)
    return plan


def _plan_fields(raw: str, line: str) -> PlanStep | None:
    """Fields of one plan line. The colour codes mark where the id and the command start and end,
    which text alone cannot tell when a description or command contains " - "."""
    coloured = _PLAN_COLOURED.match(raw)
    plain = _PLAN_LINE.match(line)
    if coloured:
        position, ident, description, command, tail = coloured.groups()
        tail_match = _PLAN_TAIL.match(strip_ansi(tail))
        if tail_match is None:
            return None
        env, deps = tail_match.groups()
        description = strip_ansi(description)
    elif plain:
        position, ident, description, command, env, deps = plain.groups()
    else:
        return None
    return PlanStep(
        position=int(position),
        id=ident,
        description=description,
        command="" if command == "[SKIPPED]" else command,
        skipped=command == "[SKIPPED]",
        env=_names(env or ""),
        dependencies=[] if deps.strip() == "none" else _names(deps),
    )


def _names(listing: str) -> list[str]:
    return [item.strip() for item in listing.split(",") if item.strip()]
