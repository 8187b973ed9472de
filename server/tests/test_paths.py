"""Paths are confined to the workspace: every trick in the attempt list is refused with 400/403 and
nothing outside the workspace is read, written, renamed or deleted."""

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from executioner_studio.domain.paths import resolve_in
from executioner_studio.errors import BadPath, ForbiddenPath

# Names given as data (JSON bodies, domain calls): nothing normalises them on the way.
NAME_ATTEMPTS = [
    "../secret.json",
    "../../etc/passwd.json",
    "a/../../secret.json",
    "a/./b.json",
    "./demo_success.json",
    "/etc/passwd.json",
    "//etc/passwd.json",
    "~/secret.json",
    "~root/secret.json",
    "..\\secret.json",
    "a\\..\\..\\secret.json",
    "C:\\secret.json",
    "C:/secret.json",
    "file:///etc/passwd.json",
    "%2e%2e/secret.json",
    "%2e%2e%2fsecret.json",
    "..%2fsecret.json",
    "%252e%252e%252fsecret.json",
    "..%5csecret.json",
    "demo_success.json\x00.txt",
    "\x00../secret.json",
    "a//b.json",
    "..",
    "",
    "secret.txt",
    "secret.json.txt",
    ".json",
    ".studio/history/x.json",
    ".studio/layout/demo_success.json",
    "sub/\n.json",
]


@pytest.mark.parametrize("name", NAME_ATTEMPTS)
def test_domain_refuses_every_attempt(workspace: Path, name: str) -> None:
    with pytest.raises((BadPath, ForbiddenPath)) as refused:
        resolve_in(workspace, name)
    assert refused.value.message  # a reason the user can read


@pytest.mark.parametrize("name", NAME_ATTEMPTS)
def test_create_and_rename_refuse_every_attempt(client: TestClient, workspace: Path, name: str) -> None:
    before = sorted(p.name for p in workspace.parent.iterdir())
    created = client.post("/api/files", json={"path": name, "content": "{}"})
    renamed = client.post("/api/files/demo_success.json/rename", json={"to": name})
    assert created.status_code in (400, 403), created.text
    assert renamed.status_code in (400, 403), renamed.text
    assert created.json()["detail"]
    assert (workspace / "demo_success.json").is_file()
    assert sorted(p.name for p in workspace.parent.iterdir()) == before


# Names in the URL. The HTTP client normalises literal `..` segments away, so these are the forms
# that survive the trip: encoded dots and slashes, double encoding, backslashes, NUL, absolute paths.
URL_ATTEMPTS = [
    "%2e%2e/secret.json",
    "%2E%2E/secret.json",
    "..%2fsecret.json",
    "%2e%2e%2fsecret.json",
    "sub/%2e%2e/%2e%2e/secret.json",
    "%252e%252e%252fsecret.json",
    "..%5csecret.json",
    "%5c..%5csecret.json",
    "/etc/passwd.json",
    "%2fetc%2fpasswd.json",
    "demo_success.json%00.txt",
    "%00",
    "secret.txt",
    ".studio/history/demo_success.json",
    "~/secret.json",
    "C:%5csecret.json",
]


@pytest.mark.parametrize("name", URL_ATTEMPTS)
def test_url_attempts_are_refused(client: TestClient, workspace: Path, name: str) -> None:
    secret = workspace.parent / "secret.json"
    secret.write_text('{"password": "hunter2"}')
    for method, suffix in (("GET", ""), ("GET", "/version"), ("PUT", ""), ("DELETE", ""), ("GET", "/layout")):
        body = {"content": "{}", "base_version": "x"} if method == "PUT" else None
        response = client.request(method, f"/api/files/{name}{suffix}", json=body)
        assert response.status_code in (400, 403, 404), (method, name, response.status_code)
        assert "hunter2" not in response.text
    assert secret.read_text() == '{"password": "hunter2"}'


def test_symlink_leaving_the_workspace_is_refused(client: TestClient, workspace: Path) -> None:
    outside = workspace.parent / "outside"
    outside.mkdir()
    (outside / "stolen.json").write_text('{"secret": 1}')
    os.symlink(outside, workspace / "link")
    os.symlink(outside / "stolen.json", workspace / "direct.json")
    for name in ("link/stolen.json", "direct.json"):
        response = client.get(f"/api/files/{name}")
        assert response.status_code == 403, name
        assert "outside the workspace" in response.json()["detail"]
    saved = client.put("/api/files/link/stolen.json", json={"content": "{}", "base_version": "x"})
    assert saved.status_code == 403
    assert (outside / "stolen.json").read_text() == '{"secret": 1}'
    listed = [f["path"] for f in client.get("/api/files").json()["files"]]
    assert "direct.json" not in listed and "link/stolen.json" not in listed


def test_plain_nested_names_are_accepted(client: TestClient, workspace: Path) -> None:
    created = client.post("/api/files", json={"path": "team/nightly run.json", "content": "{}"})
    assert created.status_code == 201
    assert (workspace / "team" / "nightly run.json").read_text() == "{}"
    assert client.get("/api/files/team/nightly%20run.json").json()["content"] == "{}"
