"""A stand-in for the user's engine (`executioner.py`) for the browser tests.

The real engine is the user's program and cannot be installed from a registry. This script prints the
engine's recorded console formats (ENGINE.md §8; lines cut from ../shared/executioner/transcripts, as
server/tests/standin.py does) for the config it is given, with the engine's exit codes: 0 for a passing
dry-run or a successful run, 1 for a refused config (a cycle) or a failed run. Jobs whose id contains
"fail" fail; a config whose name contains "hang" keeps running until it is cancelled.
"""

import json
import sys
import time

E = "\x1b"
argv = sys.argv[1:]


def out(line: str, delay: float = 0.0) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
    time.sleep(delay)


def stamp(level: str = "INFO") -> str:
    shown = f"{E}[31mERROR{E}[0m" if level == "ERROR" else level
    return time.strftime("%Y-%m-%d %H:%M:%S") + f" - {shown} - "


config_path = argv[argv.index("-c") + 1]
with open(config_path, encoding="utf-8") as handle:
    config = json.load(handle)
jobs = [job for job in config.get("jobs", []) if isinstance(job, dict)]

if "--dry-run" in argv:
    if "cycle" in config_path:
        out(stamp("ERROR") + "Circular dependency detected: a -> b -> a")
        out(stamp("ERROR") + "Circular dependencies detected in job configuration")
        out(f"{E}[38;5;196mERROR: Circular dependencies detected{E}[0m")
        sys.exit(1)
    out(stamp() + "Initialized run ID: 5, attempt: 1")
    out(stamp() + "Starting dry run - printing execution plan")
    out("")
    out(f"{E}[38;5;33mExecution mode:{E}[0m {E}[38;5;201mPARALLEL with 2 workers{E}[0m")
    out("")
    out(f"{E}[38;5;33mJob execution order:{E}[0m")
    for n, job in enumerate(jobs, 1):
        deps = ", ".join(job.get("dependencies", [])) or "none"
        command = job.get("command", "")
        command = command if len(command) <= 40 else command[:40] + "..."
        out(
            f"{n}. {E}[38;5;28m{job['id']}{E}[0m - {job.get('description', 'No description')} - "
            f"{E}[38;5;33m{command}{E}[0m {E}[38;5;33m[DEPS: {deps}]{E}[0m"
        )
    out(stamp() + "Dry run completed for run ID: 5")
    sys.exit(0)

out(stamp() + "Initialized run ID: 1, attempt: 1", 0.3)
if "hang" in config_path:
    out(stamp() + "Starting job 'wait'")
    time.sleep(120)
failed = False
for job in jobs:
    out(stamp() + f"Starting job '{job['id']}'", 0.4)
    if "fail" in job["id"]:
        failed = True
        out(stamp("ERROR") + f"Job {job['id']} failed after 1 attempts.", 0.2)
    else:
        out(stamp() + f"Job '{job['id']}' completed successfully in 0.40 seconds", 0.2)
status = "FAILED" if failed else "SUCCESS"
out(stamp() + f"Updated run summary for run ID: 1 with status: {status}")
sys.exit(1 if failed else 0)
