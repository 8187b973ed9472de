"""A full disk while saving (issue 11, 14/16): 507, the file intact, no temporary file and no empty or
partial version in the history; when only the history copy does not fit, the save happens and says
that no version was kept. Run on a real, tiny tmpfs when the tests may mount one (root), and with
ENOSPC injected into the writes everywhere."""

import contextlib
import errno
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from fastapi.testclient import TestClient

from executioner_studio.app import create_app
from executioner_studio.domain import atomic, versions
from executioner_studio.domain.atomic import describe_os_error
from tests.conftest import TOKEN, make_settings

CONFIG = '{\n  "working_dir": "/tmp",\n  "jobs": []\n}\n'
TMPFS_SIZE = "64k"


@pytest.fixture
def tiny_disk() -> Iterator[Path]:
    """A 64 KB tmpfs, mounted for the test and removed after it."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the injected-ENOSPC tests below cover the logic")
    folder = Path(tempfile.mkdtemp(prefix="studio-tiny-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(
            f"cannot mount a tmpfs here (a container without CAP_SYS_ADMIN?): {mounted.stderr.strip()}"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def fill(folder: Path) -> Path:
    """Take every free byte of the file system `folder` is on; returns the filler file."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        chunk = b"\0" * 4096
        with contextlib.suppress(OSError):
            while True:
                handle.write(chunk)
        with contextlib.suppress(OSError):
            while True:  # the last partial page
                handle.write(b"\0")
    assert os.statvfs(folder).f_bavail == 0
    return filler


def client_on(workspace: Path) -> TestClient:
    client = TestClient(create_app(make_settings(workspace)))
    client.headers["X-Studio-Token"] = TOKEN
    return client


def put(client: TestClient, content: str) -> tuple[int, dict[str, object]]:
    version = client.get("/api/files/demo.json").json()["version"]
    response = client.put("/api/files/demo.json", json={"content": content, "base_version": version})
    return response.status_code, response.json()


def leftovers(workspace: Path) -> list[str]:
    """Temporary files and empty history versions: what a failed save must never leave."""
    found = [p.name for p in workspace.rglob("*.tmp")]
    found += [p.name for p in (workspace / ".studio").rglob("*.json") if p.stat().st_size == 0]
    return found


def test_full_tmpfs_refuses_a_small_save_with_507_and_keeps_everything(tiny_disk: Path) -> None:
    workspace = tiny_disk / "workspace"
    workspace.mkdir()
    (workspace / "demo.json").write_text(CONFIG)
    with client_on(workspace) as client:
        filler = fill(tiny_disk)
        status, body = put(client, '{"jobs": [1]}')
        assert status == 507
        assert "disk is full" in str(body["detail"]) and "previous version is intact" in str(body["detail"])
        assert (workspace / "demo.json").read_text() == CONFIG
        assert leftovers(workspace) == []
        assert client.get("/api/files/demo.json/history").json()["versions"] == []

        filler.unlink()  # space again: the same save goes through and the history holds the old text
        status, body = put(client, '{"jobs": [1]}')
        assert status == 200 and body["history_kept"] is True
        versions_now = client.get("/api/files/demo.json/history").json()["versions"]
        old = client.get(f"/api/files/demo.json/history/{versions_now[0]['id']}").json()
        assert old["content"] == CONFIG


def test_full_tmpfs_after_the_write_saves_and_says_no_version_was_kept(tiny_disk: Path) -> None:
    """The new content fits but the history copy does not: the old file's pages stay taken while
    another program holds it open (here: this test), so only the history write runs out of space."""
    workspace = tiny_disk / "workspace"
    workspace.mkdir()
    (workspace / "demo.json").write_text(CONFIG)
    (workspace / ".studio" / "history").mkdir(parents=True)
    with client_on(workspace) as client, (workspace / "demo.json").open("rb"):
        filler = fill(tiny_disk)
        os.truncate(filler, filler.stat().st_size - 4096)  # one page free: room for the new file only
        status, body = put(client, '{"jobs": [2]}')
        assert status == 200, body
        assert body["history_kept"] is False
        assert "No history version" in str(body["warning"]) and "No space left" in str(body["warning"])
        assert (workspace / "demo.json").read_text() == '{"jobs": [2]}'
        assert leftovers(workspace) == []
        assert client.get("/api/files/demo.json/history").json()["versions"] == []


class FullDiskFile:
    """A file whose writes fail like a full disk's (wraps the real one so it is still closed)."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle

    def __enter__(self) -> "FullDiskFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return self.handle.fileno()


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_injected_enospc_in_the_write_is_507_with_nothing_left_behind(
    client: TestClient, workspace: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    before = (workspace / "demo_success.json").read_bytes()
    version = client.get("/api/files/demo_success.json").json()["version"]
    real_fdopen = os.fdopen

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "write":
        monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FullDiskFile(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(atomic.os, "fsync", no_space)
    response = client.put("/api/files/demo_success.json", json={"content": "{}", "base_version": version})
    monkeypatch.undo()
    assert response.status_code == 507
    assert "disk is full" in response.json()["detail"]
    assert (workspace / "demo_success.json").read_bytes() == before
    assert not list(workspace.rglob("*.tmp"))
    assert not (workspace / ".studio" / "history").exists()  # no version for a save that did not happen


def test_injected_enospc_in_the_history_copy_still_saves(
    client: TestClient, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def history_disk_full(path: Path, data: bytes, what: str | None = None) -> None:
        error = OSError(errno.ENOSPC, "No space left on device")
        raise describe_os_error(error, path, what) from error

    monkeypatch.setattr(versions, "write_atomic", history_disk_full)
    version = client.get("/api/files/demo_success.json").json()["version"]
    response = client.put("/api/files/demo_success.json", json={"content": "{}", "base_version": version})
    assert response.status_code == 200
    assert response.json()["history_kept"] is False
    assert "No history version" in response.json()["warning"]
    assert "No space left on device" in response.json()["warning"]
    assert (workspace / "demo_success.json").read_text() == "{}"
    assert client.get("/api/files/demo_success.json/history").json()["versions"] == []
