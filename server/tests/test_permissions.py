"""Read-only files and folders, with the real server running as an unprivileged user (tests/nonroot.py:
`nobody` when the tests run as root, whom permissions do not stop). Every refusal is a 403 that says
why; what is refused leaves the disk as it was and adds no history version (issue 11, 13/15/16)."""

import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.nonroot import Account, Server, account, give, scratch_folder, server_as_unprivileged_user

CONFIG = '{\n  "working_dir": "/tmp",\n  "jobs": []\n}\n'


@pytest.fixture
def base() -> Iterator[Path]:
    with scratch_folder() as folder:
        yield folder


@pytest.fixture
def who() -> Account:
    return account()


@pytest.fixture
def workspace(base: Path, who: Account) -> Path:
    """A workspace the server's user owns, with one config it owns."""
    folder = base / "workspace"
    folder.mkdir()
    (folder / "demo.json").write_text(CONFIG)
    give(folder / "demo.json", who, 0o644)
    return give(folder, who, 0o755)


def start(workspace: Path, base: Path) -> Iterator[tuple[Server, httpx.Client]]:
    with server_as_unprivileged_user(workspace, base) as server, server.client() as client:
        yield server, client


def save(client: httpx.Client, name: str, content: str, **extra: object) -> httpx.Response:
    version = client.get(f"/api/files/{name}").json()["version"]
    return client.put(f"/api/files/{name}", json={"content": content, "base_version": version, **extra})


def history(client: httpx.Client, name: str) -> list[dict[str, object]]:
    versions: list[dict[str, object]] = client.get(f"/api/files/{name}/history").json()["versions"]
    return versions


def test_the_server_really_runs_without_root_powers(workspace: Path, base: Path, who: Account) -> None:
    for server, client in start(workspace, base):
        status = Path(f"/proc/{server.process.pid}/status").read_text()
        uids = next(line for line in status.splitlines() if line.startswith("Uid:")).split()[1:]
        assert {int(uid) for uid in uids} == {who.uid} and who.uid != 0
        assert client.get("/api/files").json()["files"][0]["path"] == "demo.json"


def test_read_only_file_is_refused_then_forced_and_stays_read_only(workspace: Path, base: Path) -> None:
    config = workspace / "demo.json"
    config.chmod(0o444)
    for _, client in start(workspace, base):
        refused = save(client, "demo.json", '{"jobs": [1]}')
        assert refused.status_code == 403
        assert refused.json()["read_only"] is True
        assert "demo.json is read-only (mode 444)" in refused.json()["detail"]
        assert config.read_text() == CONFIG
        assert history(client, "demo.json") == []  # 16: nothing recorded for a save that did not happen

        forced = save(client, "demo.json", '{"jobs": [1]}', force=True)
        assert forced.status_code == 200, forced.text
        assert config.read_text() == '{"jobs": [1]}'
        assert stat.S_IMODE(config.stat().st_mode) == 0o444
        assert len(history(client, "demo.json")) == 1


def test_unwritable_history_folder_still_saves_and_says_no_version_was_kept(
    workspace: Path, base: Path, who: Account
) -> None:
    studio = workspace / ".studio"
    studio.mkdir()
    give(studio, who, 0o755)
    (studio / "history").mkdir()
    (studio / "history").chmod(0o555)  # root's, or locked: the server may not write in it
    for _, client in start(workspace, base):
        saved = save(client, "demo.json", '{"jobs": []}')
        assert saved.status_code == 200, saved.text
        body = saved.json()
        assert body["history_kept"] is False
        assert "No history version of the previous content was kept" in body["warning"]
        assert "Permission denied" in body["warning"]
        assert (workspace / "demo.json").read_text() == '{"jobs": []}'
        assert list((studio / "history").iterdir()) == []
        layout = client.put("/api/files/demo.json/layout", json={"layout": {"positions": {}}})
        assert layout.status_code == 200  # layouts live beside the history, in .studio/layout


def test_read_only_workspace_without_studio_folder_refuses_cleanly(base: Path, workspace: Path) -> None:
    workspace.chmod(0o555)  # the server's user keeps its file but may not create anything beside it
    try:
        for _, client in start(workspace, base):
            refused = save(client, "demo.json", '{"jobs": [1]}')
            assert refused.status_code == 403
            detail = refused.json()["detail"]
            assert "Permission denied writing demo.json" in detail
            assert str(workspace) in detail and "previous version is intact" in detail
            assert history(client, "demo.json") == []

            layout = client.put("/api/files/demo.json/layout", json={"layout": {"positions": {}}})
            assert layout.status_code == 403
            assert ".studio/layout" in layout.json()["detail"]
            assert client.get("/api/files/demo.json/layout").json()["layout"] == {}

            created = client.post("/api/files", json={"path": "new.json"})
            assert created.status_code == 403 and "Permission denied" in created.json()["detail"]

            deleted = client.delete("/api/files/demo.json")
            assert deleted.status_code == 403
            assert "demo.json was not deleted: it cannot be moved to" in deleted.json()["detail"]
    finally:
        workspace.chmod(0o755)
    assert (workspace / "demo.json").read_text() == CONFIG
    assert sorted(p.name for p in workspace.iterdir()) == ["demo.json"]  # no .studio, no temp file


def test_save_refused_for_permissions_adds_no_history_version(
    workspace: Path, base: Path, who: Account
) -> None:
    locked = workspace / "locked"
    locked.mkdir()
    (locked / "a.json").write_text(CONFIG)
    give(locked / "a.json", who, 0o644)
    locked.chmod(0o555)  # root's, or locked: the server may not create its temporary file there
    try:
        for _, client in start(workspace, base):
            assert save(client, "demo.json", "{}").status_code == 200  # .studio/history is usable
            refused = save(client, "locked/a.json", '{"jobs": [1]}')
            assert refused.status_code == 403
            assert "Permission denied" in refused.json()["detail"]
            assert history(client, "locked/a.json") == []
            assert len(history(client, "demo.json")) == 1
    finally:
        locked.chmod(0o755)
    assert (locked / "a.json").read_text() == CONFIG
    assert not (workspace / ".studio" / "history" / "locked").exists()
