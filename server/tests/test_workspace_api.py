"""Workspace files through the API: list, read, save with conflict detection, history of versions,
create, rename, delete to trash, layout sidecars, change polling and failed saves."""

import errno
import hashlib
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from executioner_studio.domain import atomic


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_lists_json_files_recursively_with_size_and_mtime(client: TestClient, workspace: Path) -> None:
    (workspace / "team").mkdir()
    (workspace / "team" / "nightly.json").write_text("{}")
    (workspace / "notes.txt").write_text("not a config")
    (workspace / ".studio" / "history").mkdir(parents=True)
    (workspace / ".studio" / "history" / "old.json").write_text("{}")
    files = client.get("/api/files").json()["files"]
    assert [f["path"] for f in files] == ["demo_success.json", "team/nightly.json"]
    assert files[1]["size"] == 2
    assert files[1]["mtime"].startswith("20")


def test_read_returns_content_and_a_version_that_is_the_content_hash(
    client: TestClient, workspace: Path
) -> None:
    text = (workspace / "demo_success.json").read_text()
    body = client.get("/api/files/demo_success.json").json()
    assert body["content"] == text
    assert body["version"] == sha(text)
    assert client.get("/api/files/missing.json").status_code == 404


def test_save_with_current_version_writes_and_keeps_the_previous_content(
    client: TestClient, workspace: Path
) -> None:
    first = client.get("/api/files/demo_success.json").json()
    saved = client.put(
        "/api/files/demo_success.json", json={"content": '{"jobs": [1]}', "base_version": first["version"]}
    )
    assert saved.status_code == 200
    assert saved.json()["version"] == sha('{"jobs": [1]}')
    assert (workspace / "demo_success.json").read_text() == '{"jobs": [1]}'
    versions = client.get("/api/files/demo_success.json/history").json()["versions"]
    assert len(versions) == 1
    old = client.get(f"/api/files/demo_success.json/history/{versions[0]['id']}").json()
    assert old["content"] == first["content"]
    assert not list(workspace.glob(".demo_success.json.*.tmp"))  # no temporary file left behind


def test_save_with_a_stale_version_is_a_conflict_with_the_current_content(
    client: TestClient, workspace: Path
) -> None:
    opened = client.get("/api/files/demo_success.json").json()
    (workspace / "demo_success.json").write_text('{"changed": "elsewhere"}')  # another program
    response = client.put(
        "/api/files/demo_success.json", json={"content": "{}", "base_version": opened["version"]}
    )
    assert response.status_code == 409
    current = response.json()["current"]
    assert current["content"] == '{"changed": "elsewhere"}'
    assert current["version"] == sha('{"changed": "elsewhere"}')
    assert (workspace / "demo_success.json").read_text() == '{"changed": "elsewhere"}'
    # "Overwrite" in the UI: save again against the version the conflict reported.
    again = client.put(
        "/api/files/demo_success.json", json={"content": "{}", "base_version": current["version"]}
    )
    assert again.status_code == 200
    assert (workspace / "demo_success.json").read_text() == "{}"


def test_version_polling_detects_a_change_by_another_program(client: TestClient, workspace: Path) -> None:
    before = client.get("/api/files/demo_success.json/version").json()
    assert before["version"] == client.get("/api/files/demo_success.json").json()["version"]
    (workspace / "demo_success.json").write_text('{"jobs": []}')
    after = client.get("/api/files/demo_success.json/version").json()
    assert after["version"] != before["version"]
    (workspace / "demo_success.json").unlink()
    assert client.get("/api/files/demo_success.json/version").status_code == 404


def test_only_the_last_twenty_versions_are_kept(client: TestClient) -> None:
    version = client.get("/api/files/demo_success.json").json()["version"]
    for i in range(23):
        version = client.put(
            "/api/files/demo_success.json", json={"content": f'{{"n": {i}}}', "base_version": version}
        ).json()["version"]
    versions = client.get("/api/files/demo_success.json/history").json()["versions"]
    assert len(versions) == 20
    newest = client.get(f"/api/files/demo_success.json/history/{versions[0]['id']}").json()
    assert newest["content"] == '{"n": 21}'


def test_create_refuses_to_overwrite(client: TestClient, workspace: Path) -> None:
    created = client.post("/api/files", json={"path": "new/one.json", "content": '{"jobs": []}'})
    assert created.status_code == 201
    assert created.json()["version"] == sha('{"jobs": []}')
    again = client.post("/api/files", json={"path": "new/one.json", "content": "{}"})
    assert again.status_code == 409
    assert (workspace / "new" / "one.json").read_text() == '{"jobs": []}'


def test_create_on_a_taken_name_returns_the_file_there_so_it_can_be_replaced(
    client: TestClient, workspace: Path
) -> None:
    (workspace / "taken.json").write_text('{"jobs": [{"id": "theirs"}]}')
    refused = client.post("/api/files", json={"path": "taken.json", "content": '{"jobs": []}'})
    assert refused.status_code == 409
    assert refused.json()["detail"] == "taken.json already exists."
    current = refused.json()["current"]
    assert current["content"] == '{"jobs": [{"id": "theirs"}]}'
    # Replacing is an explicit save over exactly the version the user was told about.
    replaced = client.put(
        "/api/files/taken.json", json={"content": '{"jobs": []}', "base_version": current["version"]}
    )
    assert replaced.status_code == 200
    assert (workspace / "taken.json").read_text() == '{"jobs": []}'


def test_create_on_a_folder_name_is_refused_without_a_current_file(
    client: TestClient, workspace: Path
) -> None:
    (workspace / "folder.json").mkdir()
    refused = client.post("/api/files", json={"path": "folder.json", "content": "{}"})
    assert refused.status_code == 409
    assert "current" not in refused.json()


def test_rename_moves_file_layout_and_history(client: TestClient, workspace: Path) -> None:
    version = client.get("/api/files/demo_success.json").json()["version"]
    client.put("/api/files/demo_success.json", json={"content": "{}", "base_version": version})
    client.put("/api/files/demo_success.json/layout", json={"layout": {"extract": {"x": 1, "y": 2}}})
    renamed = client.post("/api/files/demo_success.json/rename", json={"to": "archive/old.json"})
    assert renamed.status_code == 200
    assert not (workspace / "demo_success.json").exists()
    assert (workspace / "archive" / "old.json").read_text() == "{}"
    assert client.get("/api/files/archive/old.json/layout").json()["layout"] == {"extract": {"x": 1, "y": 2}}
    assert len(client.get("/api/files/archive/old.json/history").json()["versions"]) == 1
    client.post("/api/files", json={"path": "taken.json", "content": "{}"})
    assert client.post("/api/files/archive/old.json/rename", json={"to": "taken.json"}).status_code == 409


def test_delete_moves_the_file_to_the_trash(client: TestClient, workspace: Path) -> None:
    text = (workspace / "demo_success.json").read_text()
    response = client.delete("/api/files/demo_success.json")
    assert response.status_code == 200
    assert not (workspace / "demo_success.json").exists()
    trashed = workspace / response.json()["trashed_as"]
    assert trashed.parent == workspace / ".studio" / "trash"
    assert trashed.read_text() == text
    assert client.get("/api/files").json()["files"] == []
    assert client.delete("/api/files/demo_success.json").status_code == 404


def test_layout_is_a_sidecar_never_written_into_the_config(client: TestClient, workspace: Path) -> None:
    config = (workspace / "demo_success.json").read_bytes()
    assert client.get("/api/files/demo_success.json/layout").json()["layout"] == {}
    put = client.put("/api/files/demo_success.json/layout", json={"layout": {"a": {"x": 10.5, "y": -3}}})
    assert put.status_code == 200
    assert client.get("/api/files/demo_success.json/layout").json()["layout"] == {"a": {"x": 10.5, "y": -3}}
    assert (workspace / ".studio" / "layout" / "demo_success.json").is_file()
    assert (workspace / "demo_success.json").read_bytes() == config
    assert client.put("/api/files/missing.json/layout", json={"layout": {}}).status_code == 404
    assert client.put("/api/files/demo_success.json/layout", json={"layout": [1]}).status_code == 422


def test_failed_save_on_a_read_only_folder_keeps_the_old_file(client: TestClient, workspace: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions; tests/test_permissions.py runs this case as nobody")
    locked = workspace / "locked"
    locked.mkdir()
    (locked / "a.json").write_text('{"old": true}')
    version = client.get("/api/files/locked/a.json").json()["version"]
    locked.chmod(0o555)
    try:
        response = client.put("/api/files/locked/a.json", json={"content": "{}", "base_version": version})
    finally:
        locked.chmod(0o755)
    assert response.status_code == 403
    assert "Permission denied" in response.json()["detail"]
    assert (locked / "a.json").read_text() == '{"old": true}'


def test_failed_save_when_the_disk_is_full_keeps_the_old_file(
    client: TestClient, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = client.get("/api/files/demo_success.json").json()["version"]
    before = (workspace / "demo_success.json").read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    response = client.put(
        "/api/files/demo_success.json", json={"content": '{"new": 1}', "base_version": version}
    )
    assert response.status_code == 507
    assert "disk is full" in response.json()["detail"]
    assert "previous version is intact" in response.json()["detail"]
    assert (workspace / "demo_success.json").read_bytes() == before
    assert not list(workspace.glob(".demo_success.json.*"))  # the temporary file was removed


def test_non_utf8_file_is_refused_clearly(client: TestClient, workspace: Path) -> None:
    (workspace / "latin.json").write_bytes(b'{"name": "\xe9"}')
    response = client.get("/api/files/latin.json")
    assert response.status_code == 422
    assert "UTF-8" in response.json()["detail"]


def test_failed_save_when_permission_is_denied_keeps_the_old_file(
    client: TestClient, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same failure as a read-only folder, simulated so it also holds when the tests run as root."""
    version = client.get("/api/files/demo_success.json").json()["version"]
    before = (workspace / "demo_success.json").read_bytes()

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", denied)
    response = client.put("/api/files/demo_success.json", json={"content": "{}", "base_version": version})
    assert response.status_code == 403
    assert "Permission denied writing demo_success.json" in response.json()["detail"]
    assert (workspace / "demo_success.json").read_bytes() == before
    assert not list(workspace.glob(".demo_success.json.*"))
