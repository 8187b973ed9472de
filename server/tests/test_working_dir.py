"""working_dir check: the engine refuses a config whose working_dir is not an existing, writable folder
on the machine that runs it (ENGINE.md §0 steps 4-5, §0.1 check 4)."""

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient


def check(client: TestClient, value: object) -> dict[str, object]:
    response = client.post("/api/working-dir/check", json={"working_dir": value})
    assert response.status_code == 200
    result: dict[str, object] = response.json()
    return result


def test_existing_writable_folder_is_ok(client: TestClient, tmp_path: Path) -> None:
    result = check(client, str(tmp_path))
    assert result["ok"] is True and result["problem"] is None


def test_tilde_is_expanded(client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "pipelines").mkdir()
    result = check(client, "~/pipelines")
    assert result["ok"] is True and result["resolved"] == str(tmp_path / "pipelines")


@pytest.mark.parametrize(
    ("value", "problem"),
    [(None, "missing"), (42, "not_a_string"), ("", "empty"), ("/definitely/not/here", "missing_dir")],
)
def test_problems_have_clear_messages(client: TestClient, value: object, problem: str) -> None:
    result = check(client, value)
    assert result["ok"] is False and result["problem"] == problem and result["message"]


def test_a_file_is_not_a_folder(client: TestClient, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = check(client, str(tmp_path / "file"))
    assert (result["ok"], result["problem"]) == (False, "not_a_dir")


def test_relative_values_are_flagged(client: TestClient) -> None:
    result = check(client, ".")
    assert result["problem"] == "relative" and "absolute" in str(result["message"])


def test_check_of_the_saved_file_and_of_unsaved_text(
    client: TestClient, workspace: Path, tmp_path: Path
) -> None:
    (workspace / "a.json").write_text(json.dumps({"working_dir": str(tmp_path / "gone"), "jobs": []}))
    saved = client.get("/api/files/a.json/working-dir").json()
    assert saved["problem"] == "missing_dir" and str(tmp_path / "gone") in saved["message"]
    buffer = json.dumps({"working_dir": str(tmp_path), "jobs": []})
    assert client.post("/api/working-dir/check", json={"content": buffer}).json()["ok"] is True
    broken = client.post("/api/working-dir/check", json={"content": "{"}).json()
    assert broken["problem"] == "invalid_json"
