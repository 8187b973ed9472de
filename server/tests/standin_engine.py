"""A stand-in for the user's engine (`executioner.py`), copied beside a `transcripts.json` by the tests.

The one script used by both the server tests (server/tests/standin.py copies it) and the browser tests
(web/e2e/server/start.mjs copies it): one source of truth for how "the engine" behaves in CI, where the
real engine (the user's program) is absent. Two modes:

- **replay**: a config whose recorded transcript is in `transcripts.json` beside this script (written by
  standin.py from ../shared/executioner/transcripts) gets that output byte for byte with the engine's
  exit code, so parsing and streaming are tested against real formats.
- **execute**: any other config is run like the real engine does where it matters (ENGINE.md §0, §7.3,
  §9.4, "Process model and signals", checked against /opt/executioner on 2026-12-03): minimal
  validation, the real console formats, the real sequential order, every job started with
  `Popen(cmd, shell=True, preexec_fn=os.setsid, cwd=working_dir)` (its own session, out of reach of a
  signal to the engine's group), job `timeout` (killpg SIGTERM, 1 s, SIGKILL), `max_retries` /
  `retry_delay`, `--skip`, `--resume-from`, v8 rows in `<this folder>/data/jobs_history.db`, exit 0/1.
  SIGTERM kills the stand-in at once (default action: jobs keep running, the run's row stays RUNNING);
  SIGINT stops after the current job. Parallel configs run in waves of `max_workers` jobs, like the
  engine's scheduler does in practice (ENGINE.md §7.3).

Every invocation appends its argv and cwd to `argv.log` beside the script.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DB = HERE / "data" / "jobs_history.db"
BLUE, GREEN, ORANGE, RED, PINK = (f"\x1b[38;5;{n}m" for n in (33, 28, 208, 196, 201))
RESET = "\x1b[0m"
ERROR = "\x1b[31mERROR\x1b[0m"
RULE = "=" * 40
argv = sys.argv[1:]
interrupted = False


def value(flag: str) -> str | None:
    return argv[argv.index(flag) + 1] if flag in argv and argv.index(flag) + 1 < len(argv) else None


def values(flag: str) -> list[str]:
    found = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == flag]
    return [part.strip() for item in found for part in item.split(",") if part.strip()]


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def log(message: str, level: str = "INFO") -> None:
    say(f"{datetime.now():%Y-%m-%d %H:%M:%S} - {ERROR if level == 'ERROR' else level} - {message}")


# --- replay -----------------------------------------------------------------------------------------


def recorded() -> dict[str, Any]:
    path = HERE / "transcripts.json"
    return json.loads(path.read_text()) if path.is_file() else {"outputs": {}, "codes": {}}


def emit(text: str, delay: float = 0.0) -> None:
    for line in text.encode("latin-1").splitlines(keepends=True):
        sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()
        time.sleep(delay)


def replay(name: str, data: dict[str, Any]) -> None:
    emit(data["outputs"][name], delay=float(os.environ.get("STANDIN_DELAY", "0.002")))
    sys.exit(data["codes"].get(name, 0))


def replay_mark_success(text: str) -> None:
    question = text.index("[y/N]: ") + len("[y/N]: ")
    emit(text[:question])
    if sys.stdin.readline().strip().lower() != "y":
        emit("\nOperation cancelled.\n")
        sys.exit(0)
    emit(text[question:])
    sys.exit(0)


def hang(stem: str) -> None:
    """demo_hang / demo_stubborn: a child in the engine's own group (the old cancel test)."""
    if stem == "demo_stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    child = subprocess.Popen(["sleep", "60"])  # noqa: S607
    (HERE / (stem + ".child")).write_text(str(child.pid))
    emit("2026-11-25 19:07:12 - INFO - Initialized run ID: 7, attempt: 1\n")
    emit("2026-11-25 19:07:12 - INFO - Starting job 'wait'\n")
    time.sleep(60)
    sys.exit(0)


# --- history DB (v8, ENGINE.md §9.4) ----------------------------------------------------------------

SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT
  CURRENT_TIMESTAMP, description TEXT, migration_hash TEXT, script_name TEXT, rollback_info TEXT);
CREATE TABLE IF NOT EXISTS run_summary (run_id INTEGER NOT NULL, attempt_id INTEGER NOT NULL DEFAULT 1,
  application_name TEXT NOT NULL, start_time TIMESTAMP NOT NULL, end_time TIMESTAMP, status TEXT,
  total_jobs INTEGER DEFAULT 0, completed_jobs INTEGER DEFAULT 0, failed_jobs INTEGER DEFAULT 0,
  skipped_jobs INTEGER DEFAULT 0, exit_code INTEGER, working_dir TEXT,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (run_id, attempt_id));
CREATE TABLE IF NOT EXISTS job_history (run_id INTEGER NOT NULL, attempt_id INTEGER NOT NULL DEFAULT 1,
  id TEXT NOT NULL, description TEXT, command TEXT, status TEXT, application_name TEXT,
  duration_seconds REAL, memory_usage_mb REAL, cpu_usage_percent REAL, retry_count INTEGER DEFAULT 0,
  last_error TEXT, retry_history TEXT, last_run TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  last_exit_code INTEGER, PRIMARY KEY (run_id, attempt_id, id));
INSERT OR IGNORE INTO schema_version (version, description, script_name)
  VALUES (8, 'Update job_history for composite key', 'migration_v8');
"""


def database() -> sqlite3.Connection:
    DB.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(DB, isolation_level=None)
    db.executescript(SCHEMA)
    return db


def now_text() -> str:
    return f"{datetime.now():%Y-%m-%d %H:%M:%S}"


# --- config -----------------------------------------------------------------------------------------


def load_config() -> tuple[dict[str, Any], str]:
    path = value("-c") or "jobs_config.json"
    try:
        with open(path, encoding="utf-8") as handle:
            config = json.load(handle)
    except FileNotFoundError:
        say(f"Error: Configuration file '{path}' not found.")
        sys.exit(1)
    except json.JSONDecodeError as error:
        say(f"Error: Invalid JSON in configuration file '{path}'.")
        say(f"JSON error: {error}")
        sys.exit(1)
    if not isinstance(config, dict) or "working_dir" not in config:
        say("Error: Configuration is missing required 'working_dir' field")
        sys.exit(1)
    working_dir = os.path.abspath(os.path.expanduser(str(config["working_dir"])))
    try:
        os.chdir(working_dir)
    except OSError as error:
        say(f"Error: Cannot change to working directory '{working_dir}': {error}")
        sys.exit(1)
    if not isinstance(config.get("jobs"), list):
        refuse("Configuration is missing required 'jobs' list or 'jobs' is not a list")
    for index, job in enumerate(config["jobs"]):
        if not isinstance(job, dict):
            refuse(f"Job at index {index} is not a dictionary")
        if not isinstance(job.get("id"), str):
            refuse(f"Job at index {index} is missing or has invalid 'id' field")
        if not isinstance(job.get("command"), str):
            refuse(f"Job '{job['id']}' is missing or has invalid 'command' field")
    return config, working_dir


def refuse(message: str) -> None:
    log(message, "ERROR")
    log(f"Configuration error: {message}", "ERROR")
    sys.exit(1)


def check_graph(jobs: dict[str, dict[str, Any]]) -> None:
    def cycle_from(job: str, path: list[str]) -> list[str] | None:
        if job in path:
            return [*path[path.index(job) :], job]
        for dep in jobs.get(job, {}).get("dependencies", []):
            if dep in jobs and (found := cycle_from(dep, [*path, job])):
                return found
        return None

    for job in jobs:
        if cycle := cycle_from(job, []):
            log(f"Circular dependency detected: {' -> '.join(cycle)}", "ERROR")
            log("Circular dependencies detected in job configuration", "ERROR")
            say(f"{RED}ERROR: Circular dependencies detected{RESET}")
            sys.exit(1)
    for job_id, job in jobs.items():
        missing = [d for d in job.get("dependencies", []) if d not in jobs]
        if missing:
            log(f"Job '{job_id}' has missing dependencies: {', '.join(missing)}", "ERROR")
            log("Missing dependencies detected. Would abort.", "ERROR")
            say(f"{RED}ERROR: Missing dependencies detected{RESET}")
            sys.exit(1)


# --- dry-run ----------------------------------------------------------------------------------------


def dry_run(app: str, jobs: dict[str, dict[str, Any]], skip: set[str], run_id: int, mode: str) -> None:
    order: list[str] = []

    def visit(job: str) -> None:
        if job in order:
            return
        for dep in jobs[job].get("dependencies", []):
            visit(dep)
        order.append(job)

    for job in jobs:
        visit(job)
    started = now_text()
    log("Starting dry run - printing execution plan")
    say()
    say(f"{BLUE}Execution mode:{RESET} {mode}")
    say()
    say(f"{BLUE}Job execution order:{RESET}")
    for n, job_id in enumerate(order, 1):
        job = jobs[job_id]
        deps = f"{BLUE}[DEPS: {', '.join(job.get('dependencies', [])) or 'none'}]{RESET}"
        description = job.get("description", "")
        if job_id in skip:
            say(f"{n}. {ORANGE}{job_id}{RESET} - {description} {ORANGE}[SKIPPED]{RESET} {deps}")
            continue
        command = job["command"] if len(job["command"]) <= 40 else job["command"][:40] + "..."
        env = job.get("env_variables")
        env_text = f" {BLUE}[ENV: {', '.join(env)}]{RESET}" if isinstance(env, dict) and env else ""
        say(f"{n}. {GREEN}{job_id}{RESET} - {description} - {BLUE}{command}{RESET}{env_text} {deps}")
    say()
    for line in (RULE, "       DRY RUN EXECUTION SUMMARY        ", RULE):
        say(f"{BLUE}{line}{RESET}")
    for label, text in (("Application", app), ("Run ID", str(run_id)), ("Start Time", started)):
        say(f"{BLUE}{label}:{RESET} {text}")
    say(f"{BLUE}End Time:{RESET} N/A")
    say(f"{BLUE}Duration:{RESET} N/A")
    say(f"{BLUE}Total Jobs:{RESET} {len(jobs)}")
    say(f"{BLUE}Would Execute:{RESET} {GREEN}{len([j for j in jobs if j not in skip])}{RESET}")
    say(f"{BLUE}Would Skip:{RESET} {ORANGE}{len(skip)}{RESET}")
    say(f"{BLUE}{RULE}{RESET}")
    say()
    say()
    log(f"Dry run completed for run ID: {run_id}")
    sys.exit(0)


# --- one job ----------------------------------------------------------------------------------------


def number(job: dict[str, Any], config: dict[str, Any], key: str, default: float) -> float:
    raw = job.get(key, config.get(f"default_{key}", default))
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else default


def attempt(job_id: str, command: str, cwd: str, env: dict[str, str], timeout: float) -> tuple[str, int]:
    # The job's output goes to its own log file, as with the engine (the console shows only its lines).
    logs = Path(cwd) / "logs"
    logs.mkdir(exist_ok=True)
    name = f"executioner.{env['STANDIN_APP']}.job-{job_id}.run-{env['STANDIN_RUN']}.log"
    with open(logs / name, "ab") as out:
        process = subprocess.Popen(  # noqa: S602 - the engine runs job commands through the shell
            command,
            shell=True,
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=out,
            preexec_fn=os.setsid,  # noqa: PLW1509 - exactly as the engine starts its jobs
        )
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        shown = int(timeout) if timeout == int(timeout) else timeout
        log(f"Job {job_id} timed out after {shown} seconds (timeout={shown}).", "ERROR")
        try:
            os.killpg(process.pid, signal.SIGTERM)
            time.sleep(1)
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
        return "TIMEOUT", -1
    return ("SUCCESS" if code == 0 else "FAILED"), code


def run_job(job: dict[str, Any], config: dict[str, Any], cwd: str, env: dict[str, str]) -> dict[str, Any]:
    """Every attempt of one job, with the engine's lines; the job_history row it leaves."""
    job_id, command = job["id"], job["command"]
    retries = int(number(job, config, "max_retries", 0))
    delay = number(job, config, "retry_delay", 30)
    timeout = number(job, config, "timeout", 10800)
    history: list[dict[str, Any]] = []
    started = now_text()
    log(f"Starting job '{job_id}'")
    log(f"Running job: {job_id} Command: {command}")
    for n in range(1, retries + 2):
        began = time.monotonic()
        status, code = attempt(job_id, command, cwd, env, timeout)
        elapsed = time.monotonic() - began
        duration = round(elapsed, 2)
        history.append(  # the engine stamps an attempt when it ends
            {"attempt": n, "timestamp": datetime.now().isoformat(), "duration": duration}
            | {"success": status == "SUCCESS", "exit_code": code, "status": status}
        )
        if status == "SUCCESS":
            log(f"Job '{job_id}' completed successfully in {duration:.2f} seconds")
            break
        if n <= retries:
            log(f"Will retry job {job_id} in {delay:g} seconds (attempt {n}/{retries})")
            time.sleep(delay)
            log(f"Retry attempt {n}/{retries} for job {job_id}")
    else:
        log(f"Job {job_id} failed after {len(history)} attempts.", "ERROR")
    last = history[-1]
    error = None
    if not last["success"]:
        error = (
            f"Job failed after {len(history)} attempts "
            f"(status: {last['status']}, exit code: {last['exit_code']})"
        )
    return {
        "id": job_id,
        "description": job.get("description", ""),
        "command": command,
        "status": "SUCCESS" if last["success"] else "FAILED",
        "duration_seconds": elapsed,
        "retry_count": len(history) - 1,
        "last_error": error,
        "retry_history": json.dumps(history),
        "last_run": started,
    }


def run_wave(
    wave: list[dict[str, Any]], config: dict[str, Any], cwd: str, env: dict[str, str]
) -> list[dict[str, Any]]:
    if len(wave) == 1:
        return [run_job(wave[0], config, cwd, env)]
    with ThreadPoolExecutor(len(wave)) as pool:
        return list(pool.map(lambda job: run_job(job, config, cwd, env), wave))


# --- a run ------------------------------------------------------------------------------------------


def previous_successes(db: sqlite3.Connection, run_id: int) -> tuple[set[str], set[str], int]:
    """(jobs whose latest status is not FAILED/ERROR/TIMEOUT, every job seen, last attempt id)."""
    rows = db.execute(
        "SELECT id, status FROM job_history WHERE run_id = ? ORDER BY attempt_id", (run_id,)
    ).fetchall()
    latest = dict(rows)
    attempt_id = db.execute("SELECT MAX(attempt_id) FROM run_summary WHERE run_id = ?", (run_id,)).fetchone()
    done = {job for job, status in latest.items() if status not in ("FAILED", "ERROR", "TIMEOUT")}
    return done, set(latest), int(attempt_id[0] or 0)


def execute(config: dict[str, Any], working_dir: str) -> None:
    app = str(config.get("application_name") or Path(value("-c") or "jobs_config").stem)
    jobs = {job["id"]: job for job in config["jobs"]}
    check_graph(jobs)
    skip = set(values("--skip"))
    parallel = ("--parallel" in argv or bool(config.get("parallel"))) and "--sequential" not in argv
    configured = config.get("max_workers", 1)
    workers = int(value("--workers") or 0) or (configured if isinstance(configured, int) else 1)
    workers = max(workers, 1)
    mode = f"{PINK}PARALLEL with {workers} workers{RESET}" if parallel else f"{BLUE}SEQUENTIAL{RESET}"
    db = database()
    resume = int(value("--resume-from") or 0)
    if "--resume-from" in argv and resume <= 0:
        say("Error: Resume run ID must be a positive integer")
        sys.exit(1)
    attempt_id, already = 1, set[str]()
    if resume:
        run_id = resume
        already, seen, last_attempt = previous_successes(db, resume)
        attempt_id = last_attempt + 1
    else:
        run_id = int(db.execute("SELECT COALESCE(MAX(run_id), 0) FROM run_summary").fetchone()[0]) + 1
    log(f"Initialized run ID: {run_id}, attempt: {attempt_id}")
    if "--dry-run" in argv:
        dry_run(app, jobs, skip | already, run_id, mode)
    if resume:
        if not seen:
            log(f"No job history found for run ID {resume}. Starting fresh.")
        else:
            if new := sorted(set(jobs) - seen):
                log(f"New jobs not in previous run: {', '.join(new)}", "WARNING")
            log(f"Resuming run {run_id} (attempt {attempt_id}, all incomplete jobs)")
    start = now_text()
    db.execute(
        "INSERT INTO run_summary (run_id, attempt_id, application_name, start_time, status, total_jobs,"
        " working_dir) VALUES (?, ?, ?, ?, 'RUNNING', ?, ?)",
        (run_id, attempt_id, app, start, len(jobs), working_dir),
    )
    log(f"Created run summary for run ID: {run_id}")
    kind = f"PARALLEL: {workers} workers" if parallel else "SEQUENTIAL"
    title = f"STARTING EXECUTION Application {app} - RUN #{run_id} [{kind}]"
    if resume:
        title = f"RESUMING RUN #{run_id} (Attempt {attempt_id}) - {app} [{kind}]"
    for line in ("=" * 90, title.center(90), "=" * 90):
        say(f"{BLUE}{line}{RESET}")
    for job_id in sorted(already & set(jobs)):
        log(f"Skipping previously successful job: {job_id}")
    env = {**os.environ, **dict(pair.split("=", 1) for pair in values("--env") if "=" in pair)}
    env |= {"STANDIN_APP": app, "STANDIN_RUN": str(run_id)}
    continue_on_error = "--continue-on-error" in argv
    satisfied = skip | (already & set(jobs))
    queued = [j for j in jobs if j not in satisfied and set(jobs[j].get("dependencies", [])) <= satisfied]
    seen_ids = set(queued)
    completed, failed, failed_ids = 0, 0, set[str]()
    if parallel:
        log(f"Parallel execution with {workers} workers")
    while queued and not interrupted:
        # Parallel mode runs in waves (ENGINE.md §7.3): completions are handled once the wave is done.
        wave = [queued.pop(0) for _ in range(min(len(queued), workers if parallel else 1))]
        rows = run_wave([jobs[j] for j in wave], config, working_dir, env)
        stop = False
        for job_id, row in zip(wave, rows, strict=True):
            db.execute(
                "INSERT OR REPLACE INTO job_history (run_id, attempt_id, id, description, command, status,"
                " application_name, duration_seconds, retry_count, last_error, retry_history, last_run)"
                " VALUES (:run_id, :attempt_id, :id, :description, :command, :status, :app,"
                " :duration_seconds, :retry_count, :last_error, :retry_history, :last_run)",
                row | {"run_id": run_id, "attempt_id": attempt_id, "app": app},
            )
            if row["status"] != "SUCCESS":
                failed += 1
                failed_ids.add(job_id)
                if not continue_on_error:
                    stop = True
                    continue
                log(f"Job {job_id} failed but continuing.", "WARNING")
                continue
            completed += 1
            satisfied.add(job_id)
            for other, job in jobs.items():
                ready = set(job.get("dependencies", [])) <= satisfied
                if ready and other not in satisfied and other not in seen_ids:
                    queued.append(other)
                    seen_ids.add(other)
        if stop:
            log("Stopping execution.", "ERROR")
            break
    if interrupted:
        log("Execution interrupted, stopping gracefully.")
    left = sorted(set(jobs) - satisfied - failed_ids)
    exit_code = 1 if (left or (failed and not continue_on_error)) else 0
    if failed and not continue_on_error:
        log("Exit code set to: 1", "WARNING")
    if left:
        log(f"The following jobs were not completed: {', '.join(left)}", "WARNING")
    status = "SUCCESS" if exit_code == 0 else "FAILED"
    db.execute(
        "UPDATE run_summary SET end_time = ?, status = ?, completed_jobs = ?, failed_jobs = ?,"
        " skipped_jobs = ?, exit_code = ? WHERE run_id = ? AND attempt_id = ?",
        (now_text(), status, completed, failed, len(skip), exit_code, run_id, attempt_id),
    )
    log(f"Updated run summary for run ID: {run_id} with status: {status}")
    for line in (RULE, "           EXECUTION SUMMARY            ", RULE):
        say(f"{BLUE}{line}{RESET}")
    say(f"{BLUE}Application:{RESET} {app}")
    say(f"{BLUE}Run ID:{RESET} {ORANGE}{run_id}{RESET}")
    say(f"{BLUE}Status:{RESET} {(GREEN if exit_code == 0 else RED)}{status}{RESET}")
    say(f"{BLUE}Jobs Completed:{RESET} {GREEN}{completed}{RESET}")
    say(f"{BLUE}Jobs Failed:{RESET} {RED}{failed}{RESET}")
    say(f"{BLUE}Jobs Skipped:{RESET} {len(skip)}{RESET}")
    sys.exit(exit_code)


# --- mark-success (ENGINE.md §8.1) ------------------------------------------------------------------


def mark_success() -> None:
    run_id, job_ids = int(value("-r") or 0), values("-j")
    if run_id <= 0 or not job_ids:
        say("Error: --mark-success requires both -r RUN_ID and -j JOB_IDS")
        sys.exit(1)
    db = database()
    rows = dict(
        db.execute(
            "SELECT id, status FROM job_history WHERE run_id = ? AND attempt_id = "
            "(SELECT MAX(attempt_id) FROM job_history WHERE run_id = ?)",
            (run_id, run_id),
        ).fetchall()
    )
    say(f"\nChecking status for run {run_id}...\n\nCurrent status for run {run_id}:")
    for job_id in job_ids:
        say(f"  - {job_id}: {rows.get(job_id, 'NOT FOUND')}")
    marked = [j for j in job_ids if rows.get(j) in ("FAILED", "ERROR", "TIMEOUT")]
    say("\nWill mark the following jobs as SUCCESS:")
    for job_id in marked:
        say(f"  - {job_id}")
    sys.stdout.write("\nAre you sure you want to mark these jobs as SUCCESS? [y/N]: ")
    sys.stdout.flush()
    if sys.stdin.readline().strip().lower() != "y":
        say("\nOperation cancelled.")
        sys.exit(0)
    for job_id in marked:
        db.execute(
            "UPDATE job_history SET status = 'SUCCESS', last_run = CURRENT_TIMESTAMP "
            "WHERE run_id = ? AND id = ?",
            (run_id, job_id),
        )
        log(f"Marked job {job_id} as SUCCESS for run {run_id}")
    say(f"\n\u2713 Successfully marked {len(marked)} job(s) as SUCCESS")
    sys.exit(0)


def on_interrupt(*_: object) -> None:
    global interrupted
    interrupted = True
    say("\nInterrupt received. Will stop after current job completes...")


def main() -> None:
    with open(HERE / "argv.log", "a") as argv_log:
        argv_log.write(json.dumps({"argv": argv, "cwd": os.getcwd()}) + "\n")
    data = recorded()
    outputs = data["outputs"]
    if "--mark-success" in argv:
        if "mark_success" in outputs:
            replay_mark_success(outputs["mark_success"])
        mark_success()
    config_path = value("-c") or "jobs_config.json"
    if not os.path.isabs(config_path):
        # What the real engine prints when the relative path is re-opened from working_dir (ENGINE.md §0).
        say(f"Configuration file '{config_path}' not found.")
        sys.exit(1)
    stem = Path(config_path).stem
    if stem in ("demo_hang", "demo_stubborn"):
        hang(stem)
    if "--dry-run" in argv:
        name = "dry_run_" + stem
    elif value("--resume-from") and "run_resume" in outputs and f"run_{stem}" in outputs:
        name = "run_resume"
    elif "--continue-on-error" in argv:
        name = "run_" + stem + "_coe"
    else:
        name = "run_" + stem
    if name in outputs:
        replay(name, data)
    signal.signal(signal.SIGINT, on_interrupt)
    config, working_dir = load_config()
    execute(config, working_dir)


if __name__ == "__main__":
    main()
