"""The Airflow export checked with real Apache Airflow (installed by `make airflow-test` in its own venv).

Every DAG the command line writes for the examples and for a 1000-job generated config loads in a
DagBag without import errors, and its tasks match the engine's plan (`executioner-studio plan
--json`): task ids, upstream sets, execution_timeout, retries and the worker limit. A small config
whose commands only write time stamps runs with `airflow dags test`: every task succeeds and none
starts before its upstream tasks have finished.
"""

import json
import math
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from airflow.models import DagBag

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "bin" / "executioner-studio"
FIXTURES = Path(__file__).parent / "fixtures"
# The airflow command of the venv running these tests, whatever else is on PATH.
AIRFLOW = Path(sys.executable).with_name("airflow")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN), *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def export_dag(config: Path, out: Path) -> Path:
    result = cli("export", str(config), "--format", "airflow", "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def load_dag(path: Path):
    bag = DagBag(dag_folder=str(path), include_examples=False)
    assert bag.import_errors == {}, bag.import_errors
    assert len(bag.dags) == 1
    return next(iter(bag.dags.values()))


def plan_of(config: Path) -> dict:
    result = cli("plan", str(config), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def expected_retries(settings: dict, retryable: bool) -> int:
    """The engine's attempts as Airflow retries: none when no failure is retried or max_retry_time is 0."""
    max_retries = settings["max_retries"]["value"]
    if not isinstance(max_retries, (int, float)) or max_retries < 0 or not retryable:
        return 0
    if settings["max_retry_time"]["value"] == 0:
        return 0
    return math.floor(max_retries)


def generated_config(tmp: Path, shape: str, size: int) -> Path:
    script = f"import('./bench/generate.mjs').then(m => process.stdout.write(m.generateConfig('{shape}', {size})))"
    text = subprocess.run(
        ["node", "-e", script],
        cwd=ROOT / "web",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = tmp / f"bench_{shape}_{size}.json"
    path.write_text(text)
    return path


def configs() -> list[str]:
    return [
        *sorted(str(p) for p in (ROOT / "examples").glob("*.json")),
        "generated:layered:1000",
    ]


@pytest.mark.parametrize("source", configs(), ids=lambda s: Path(s).name)
def test_dag_loads_and_matches_the_plan(source: str, tmp_path: Path) -> None:
    if source.startswith("generated:"):
        _, shape, size = source.split(":")
        config = generated_config(tmp_path, shape, int(size))
    else:
        config = Path(source)
    dag = load_dag(export_dag(config, tmp_path / "dag.py"))
    plan = plan_of(config)
    jobs = json.loads(config.read_text())["jobs"]

    # These configs' ids are valid Airflow task ids: they are kept as they are.
    assert set(dag.task_ids) == {job["id"] for job in jobs}
    for job in jobs:
        assert dag.get_task(job["id"]).upstream_task_ids == set(
            job.get("dependencies", [])
        )
    for planned in plan["jobs"]:
        task = dag.get_task(planned["id"])
        settings = planned["settings"]
        assert task.execution_timeout == timedelta(
            seconds=int(settings["timeout"]["value"])
        )
        assert task.retries == expected_retries(
            settings, planned["worstCase"]["retryable"]
        )
    mode = plan["mode"]
    assert dag.max_active_tasks == (mode["slots"] if mode["parallel"] else 1)


def test_a_config_the_engine_refuses_is_not_exported(tmp_path: Path) -> None:
    config = tmp_path / "broken.json"
    config.write_text(
        json.dumps(
            {
                "working_dir": "/tmp",
                "jobs": [{"id": "a", "command": "true", "dependencies": ["nope"]}],
            }
        )
    )
    out = tmp_path / "broken.py"
    result = cli("export", str(config), "--format", "airflow", "-o", str(out))
    assert result.returncode == 1
    assert "dependency-unknown" in result.stderr
    assert not out.exists()


def test_secrets_stay_out_of_the_dag_file(tmp_path: Path) -> None:
    config = tmp_path / "secret.json"
    config.write_text(
        json.dumps(
            {
                "working_dir": "/tmp",
                "smtp_password": "mail-pass-123",
                "env_variables": {
                    "DB_PASSWORD": "hunter2-xyz",
                    "DSN": "scott/${DB_PASSWORD}@db",
                },
                "jobs": [
                    {"id": "a", "command": "login mail-pass-123 && echo hunter2-xyz"}
                ],
            }
        )
    )
    path = export_dag(config, tmp_path / "secret.py")
    text = path.read_text()
    assert "hunter2-xyz" not in text and "mail-pass-123" not in text
    task = load_dag(path).get_task("a")
    assert task.env["DB_PASSWORD"] == "{{ var.value.DB_PASSWORD }}"
    assert task.env["DSN"] == "scott/{{ var.value.DB_PASSWORD }}@db"
    assert (
        task.bash_command
        == "login {{ var.value.smtp_password }} && echo {{ var.value.DB_PASSWORD }}"
    )


def airflow_cli(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(AIRFLOW), *args], capture_output=True, text=True, check=False, env=env
    )


def test_dags_test_runs_every_task_after_its_upstream_tasks(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    config_data = json.loads((FIXTURES / "harmless.json").read_text())
    config_data["working_dir"] = str(tmp_path)
    config_data["env_variables"]["OUT_DIR"] = str(out_dir)
    config = tmp_path / "harmless.json"
    config.write_text(json.dumps(config_data, indent=2))
    dags = tmp_path / "dags"
    dags.mkdir()
    dag = load_dag(export_dag(config, dags / "harmless_demo.py"))
    assert dag.dag_id == "harmless_demo"
    assert sorted(dag.task_ids) == ["count-rows", "load_data", "prepare", "report.v2"]
    assert dag.get_task("report.v2").upstream_task_ids == {"load_data", "count-rows"}
    assert dag.get_task("load_data").retries == 2
    assert dag.get_task("report.v2").retries == 0  # nothing is retryable for the engine

    migrated = airflow_cli("db", "migrate")
    assert migrated.returncode == 0, migrated.stderr[-2000:]
    ran = airflow_cli("dags", "test", "harmless_demo", "-S", str(dags))
    assert ran.returncode == 0, (ran.stdout + ran.stderr)[-4000:]

    from airflow.models import DagRun

    runs = DagRun.find(dag_id="harmless_demo")
    assert len(runs) == 1 and runs[0].state == "success"
    instances = {ti.task_id: ti for ti in runs[0].get_task_instances()}
    assert {tid: ti.state for tid, ti in instances.items()} == {
        tid: "success" for tid in dag.task_ids
    }

    stamps = out_dir / "stamps"
    job_of = {
        "prepare": "prepare",
        "load_data": "load data",
        "count-rows": "count-rows",
        "report.v2": "report.v2",
    }

    def stamp(task_id: str, end: str) -> float:
        return float((stamps / f"{job_of[task_id]}.{end}").read_text())

    for task in dag.tasks:
        for upstream in task.upstream_task_ids:
            assert stamp(task.task_id, "start") >= stamp(upstream, "end"), (
                upstream,
                task.task_id,
            )
            # `dags test` records when each task ended (not when it started).
            assert instances[task.task_id].end_date > instances[upstream].end_date
    # The job's environment went through the engine's ${VAR} interpolation.
    assert (out_dir / "greeting.txt").read_text().strip() == f"hello from {out_dir}"


def test_a_task_inherits_only_what_inherit_shell_env_lets_through(
    tmp_path: Path,
) -> None:
    out = tmp_path / "env.txt"
    config = tmp_path / "inherit.json"
    config.write_text(
        json.dumps(
            {
                "application_name": "inherit_demo",
                "working_dir": str(tmp_path),
                "inherit_shell_env": ["HOME"],
                "env_variables": {"FROM_CONFIG": "yes"},
                "jobs": [{"id": "dump", "command": f"env > {out}"}],
            }
        )
    )
    dags = tmp_path / "dags"
    dags.mkdir()
    export_dag(config, dags / "inherit_demo.py")
    assert airflow_cli("db", "migrate").returncode == 0
    worker_env = {**os.environ, "STUDIO_NOT_INHERITED": "1", "HOME": str(tmp_path)}
    ran = airflow_cli("dags", "test", "inherit_demo", "-S", str(dags), env=worker_env)
    assert ran.returncode == 0, (ran.stdout + ran.stderr)[-4000:]
    names = dict(
        line.split("=", 1) for line in out.read_text().splitlines() if "=" in line
    )
    assert names["FROM_CONFIG"] == "yes"
    assert names["HOME"] == str(tmp_path)
    assert "STUDIO_NOT_INHERITED" not in names
