"""Inputs that used to answer 500 or do the wrong thing (issue 11): each is refused with a 4xx and a
reason, or works, and nothing on disk changes unless the user meant it."""

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from executioner_studio.domain.layout import MAX_LAYOUT_DEPTH
from executioner_studio.settings import build_parser, settings_from
from tests.conftest import ClientFactory


def send(client: TestClient, method: str, url: str, body: Any) -> Any:
    """JSON with \\uXXXX escapes, so a lone surrogate travels the way a browser's JSON.stringify sends it."""
    return client.request(
        method, url, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


def version(client: TestClient, name: str = "demo_success.json") -> str:
    found: str = client.get(f"/api/files/{name}").json()["version"]
    return found


def nested(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {"x": 1}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


# --- 7. layouts nested too deep, too large, or damaged on disk -------------------------------------


def test_deep_layout_is_refused_before_anything_is_written(client: TestClient, workspace: Path) -> None:
    response = client.put("/api/files/demo_success.json/layout", json={"layout": nested(300)})
    assert response.status_code == 422
    assert f"more than {MAX_LAYOUT_DEPTH} levels" in response.json()["detail"]
    assert not (workspace / ".studio" / "layout" / "demo_success.json").exists()
    assert client.get("/api/files/demo_success.json/layout").json() == {
        "path": "demo_success.json",
        "layout": {},
        "warning": None,
    }
    ok = client.put("/api/files/demo_success.json/layout", json={"layout": nested(MAX_LAYOUT_DEPTH)})
    assert ok.status_code == 200  # the limit itself is accepted


def test_oversize_layout_is_refused(client: TestClient, workspace: Path) -> None:
    huge = {"positions": {f"job_{i:07d}": {"x": i, "y": i, "note": "n" * 200} for i in range(70_000)}}
    response = client.put("/api/files/demo_success.json/layout", json={"layout": huge})
    assert response.status_code == 422
    assert "limited to 16 MB" in response.json()["detail"]
    assert not (workspace / ".studio" / "layout" / "demo_success.json").exists()


@pytest.mark.parametrize(
    ("stored", "reason"),
    [
        (json.dumps(nested(300)), "nested deeper"),
        ("[" * 100_000 + "]" * 100_000, "damaged"),
        ("{not json", "damaged"),
        ("[1, 2]", "not a JSON object"),
        ('{"a": NaN}', "JSON cannot carry"),
        ('{"a": "\\ud800"}', "JSON cannot carry"),
    ],
)
def test_a_bad_stored_layout_reads_as_none_with_a_warning(
    client: TestClient, workspace: Path, stored: str, reason: str
) -> None:
    sidecar = workspace / ".studio" / "layout" / "demo_success.json"
    sidecar.parent.mkdir(parents=True)
    sidecar.write_text(stored)
    body = client.get("/api/files/demo_success.json/layout").json()
    assert body["layout"] == {}
    assert reason in body["warning"]
    # And a new layout can still be saved over it.
    put = client.put("/api/files/demo_success.json/layout", json={"layout": {"positions": {}}})
    assert put.status_code == 200 and put.json()["warning"] is None


# --- 8. unpaired surrogates ---------------------------------------------------------------------------


def test_lone_surrogate_in_content_is_refused_with_its_position(client: TestClient, workspace: Path) -> None:
    before = (workspace / "demo_success.json").read_bytes()
    content = '{\n  "jobs": [],\n  "note": "ab\ud800"\n}\n'
    response = send(
        client, "PUT", "/api/files/demo_success.json", {"content": content, "base_version": version(client)}
    )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "unpaired UTF-16 surrogate (U+D800) at line 3, column 14" in detail
    assert "nothing was written" in detail
    assert (workspace / "demo_success.json").read_bytes() == before
    assert client.get("/api/files/demo_success.json/history").json()["versions"] == []
    created = send(client, "POST", "/api/files", {"path": "new.json", "content": "\udfff"})
    assert created.status_code == 422
    assert not (workspace / "new.json").exists()


def test_the_escaped_surrogate_as_json_text_is_saved_faithfully(client: TestClient, workspace: Path) -> None:
    """The JSON escape (six ASCII characters) is valid UTF-8 and is what the user can save instead."""
    content = '{"note": "\\ud800"}'
    response = client.put(
        "/api/files/demo_success.json", json={"content": content, "base_version": version(client)}
    )
    assert response.status_code == 200
    assert (workspace / "demo_success.json").read_text() == content


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("POST", "/api/files", {"path": "bad\ud800.json", "content": "{}"}),
        ("POST", "/api/files/demo_success.json/rename", {"to": "x/\udc80.json"}),
        ("POST", "/api/working-dir/check", {"working_dir": "/tmp/\ud800"}),
        ("POST", "/api/working-dir/check", {"content": '{"working_dir": "/tmp/\\ud800"}'}),
        ("PUT", "/api/files/demo_success.json/layout", {"layout": {"\ud800": {"x": 1}}}),
    ],
)
def test_lone_surrogates_in_names_and_values_are_never_a_server_error(
    client: TestClient, workspace: Path, method: str, url: str, body: dict[str, Any]
) -> None:
    response = send(client, method, url, body)
    assert response.status_code in (200, 400, 422), response.text
    payload = response.json()
    if response.status_code == 200:  # the working-dir check answers with a verdict
        assert payload["ok"] is False and payload["problem"] == "invalid_path"
        assert "surrogate" in payload["message"]
    else:
        assert "surrogate" in payload["detail"]
    assert sorted(p.name for p in workspace.iterdir()) == ["demo_success.json"]


# --- 9. working_dir values the file system cannot hold ---------------------------------------------


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("~nosuchuser/x", "no user 'nosuchuser' on this machine"),
        ("/tmp/" + "d" * 300 + "/x", "at most 255 bytes per name"),
        ("/" + "/".join(["d" * 200] * 25), "longer than the 4096 bytes"),
        ("/tmp/a\x00b", "NUL"),
    ],
)
def test_unusable_working_dir_gets_a_verdict(client: TestClient, value: str, says: str) -> None:
    for body in ({"working_dir": value}, {"content": json.dumps({"working_dir": value})}):
        response = client.post("/api/working-dir/check", json=body)
        assert response.status_code == 200, response.text
        verdict = response.json()
        assert verdict["ok"] is False
        assert verdict["problem"] == "invalid_path"
        assert says in verdict["message"]


def test_deeply_nested_content_gets_a_verdict(client: TestClient) -> None:
    for content in ("[" * 100_000, "[" * 100_000 + "]" * 100_000):
        verdict = client.post("/api/working-dir/check", json={"content": content}).json()
        assert verdict["problem"] == "invalid_json"
        assert "nested too deeply" in verdict["message"] or "not valid JSON" in verdict["message"]
    as_json = {"Content-Type": "application/json"}
    deep = b'{"working_dir": ' + b"[" * 200 + b"]" * 200 + b"}"
    verdict = client.post("/api/working-dir/check", content=deep, headers=as_json)
    assert verdict.status_code == 200
    assert verdict.json()["problem"] == "not_a_string"
    assert verdict.json()["working_dir"] is None  # not echoed: it could be too deep to send back
    deeper = b'{"working_dir": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert client.post("/api/working-dir/check", content=deeper, headers=as_json).status_code == 400


def test_saved_file_nested_too_deeply_gets_a_verdict(client: TestClient, workspace: Path) -> None:
    (workspace / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    verdict = client.get("/api/files/deep.json/working-dir").json()
    assert verdict["problem"] == "invalid_json" and "nested too deeply" in verdict["message"]


# --- 10. a name component over 255 bytes -------------------------------------------------------------


@pytest.mark.parametrize("name", ["a" * 260 + ".json", "team/" + "é" * 130 + ".json", "d" * 300 + "/x.json"])
def test_name_component_over_255_bytes_is_refused(client: TestClient, workspace: Path, name: str) -> None:
    for response in (
        client.post("/api/files", json={"path": name, "content": "{}"}),
        client.post("/api/files/demo_success.json/rename", json={"to": name}),
        client.get(f"/api/files/{name}"),
    ):
        assert response.status_code == 400, response.text
        assert "at most 255 bytes per file or folder name" in response.json()["detail"]
    assert sorted(p.name for p in workspace.iterdir()) == ["demo_success.json"]


def test_a_255_byte_name_works_and_can_be_deleted(client: TestClient, workspace: Path) -> None:
    name = "a" * 250 + ".json"
    assert client.post("/api/files", json={"path": name, "content": "{}"}).status_code == 201
    trashed = client.delete(f"/api/files/{name}")
    assert trashed.status_code == 200
    assert (workspace / trashed.json()["trashed_as"]).read_text() == "{}"


# --- 15/16. read-only files: refused unless forced; a refused save leaves no history -----------------


def test_read_only_file_is_refused_and_keeps_no_history(client: TestClient, workspace: Path) -> None:
    config = workspace / "demo_success.json"
    before = config.read_bytes()
    config.chmod(0o444)
    response = client.put(
        "/api/files/demo_success.json", json={"content": "{}", "base_version": version(client)}
    )
    assert response.status_code == 403
    assert response.json()["read_only"] is True
    assert response.json()["detail"].startswith("demo_success.json is read-only (mode 444)")
    assert config.read_bytes() == before
    assert client.get("/api/files/demo_success.json/history").json()["versions"] == []


def test_forced_save_writes_a_read_only_file_and_keeps_it_read_only(
    client: TestClient, workspace: Path
) -> None:
    config = workspace / "demo_success.json"
    before = config.read_text()
    config.chmod(0o444)
    body = {"content": '{"jobs": [1]}', "base_version": version(client), "force": True}
    response = client.put("/api/files/demo_success.json", json=body)
    assert response.status_code == 200
    assert response.json()["history_kept"] is True and response.json()["warning"] is None
    assert config.read_text() == '{"jobs": [1]}'
    assert stat.S_IMODE(config.stat().st_mode) == 0o444
    versions = client.get("/api/files/demo_success.json/history").json()["versions"]
    old = client.get(f"/api/files/demo_success.json/history/{versions[0]['id']}").json()
    assert old["content"] == before


def test_saving_identical_content_to_a_read_only_file_is_a_no_op(client: TestClient, workspace: Path) -> None:
    config = workspace / "demo_success.json"
    config.chmod(0o444)
    same = {"content": config.read_text(), "base_version": version(client)}
    response = client.put("/api/files/demo_success.json", json=same)
    assert response.status_code == 200 and response.json()["history_kept"] is False


# --- 17. only the server's own origins -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "status"),
    [
        ("http://localhost", 403),
        ("http://127.0.0.1", 403),
        ("http://localhost:8766", 403),
        ("https://localhost:8765", 403),
        ("http://localhost:8765", 200),
        ("http://127.0.0.1:8765", 200),
        ("http://[::1]:8765", 200),
    ],
)
def test_origin_must_match_scheme_host_and_port(client: TestClient, origin: str, status: int) -> None:
    response = client.get("/api/files", headers={"Origin": origin, "Host": "localhost:8765"})
    assert response.status_code == status, response.text


def test_port_80_server_accepts_the_origin_without_a_port(client_for: ClientFactory) -> None:
    client = client_for(port=80)
    assert client.get("/api/files", headers={"Origin": "http://localhost"}).status_code == 200
    assert client.get("/api/files", headers={"Origin": "http://localhost:8765"}).status_code == 403


# --- 18. hidden folders: refused everywhere, as they are never listed ------------------------------


@pytest.mark.parametrize("name", [".hidden/x.json", "team/.git/x.json", ".x.json", "node_modules/x.json"])
def test_names_that_would_never_be_listed_are_refused(client: TestClient, workspace: Path, name: str) -> None:
    (workspace / "team").mkdir()
    responses = [
        client.post("/api/files", json={"path": name, "content": "{}"}),
        client.post("/api/files/demo_success.json/rename", json={"to": name}),
        client.get(f"/api/files/{name}"),
        client.put(f"/api/files/{name}", json={"content": "{}", "base_version": "x"}),
        client.delete(f"/api/files/{name}"),
        client.put(f"/api/files/{name}/layout", json={"layout": {}}),
        client.get(f"/api/files/{name}/history"),
    ]
    for response in responses:
        assert response.status_code == 403, response.text
        assert "never listed" in response.json()["detail"]
    assert [f["path"] for f in client.get("/api/files").json()["files"]] == ["demo_success.json"]
    assert not any(p.name.startswith(".") or p.name == "node_modules" for p in workspace.rglob("*"))


# --- 5. the body limit is a setting, reported and explained ------------------------------------------


def test_body_limit_defaults_to_64_mb_and_is_configurable(tmp_path: Path) -> None:
    assert settings_from(None, {}).max_body_bytes == 64 * 1024 * 1024
    from_env = settings_from(None, {"EXECUTIONER_STUDIO_MAX_BODY_MB": "128"})
    assert from_env.max_body_bytes == 128 * 1024 * 1024
    flag = build_parser().parse_args(["serve", "--max-body-mb", "0.5"])
    assert settings_from(flag, {"EXECUTIONER_STUDIO_MAX_BODY_MB": "128"}).max_body_bytes == 512 * 1024
    for bad in ("lots", "0", "-3", "inf"):
        with pytest.raises(SystemExit, match="--max-body-mb"):
            settings_from(None, {"EXECUTIONER_STUDIO_MAX_BODY_MB": bad})


def test_a_large_file_saves_under_the_default_limit(client: TestClient, workspace: Path) -> None:
    """A 12 MB config (20 000 jobs with long descriptions) saves and is checked like any other."""
    job = {"id": "", "command": "sqlplus -S /nolog @x.sql > logs/x.log 2>&1", "description": "d" * 500}
    jobs = [{**job, "id": f"job_{i:05d}"} for i in range(20_000)]
    content = json.dumps({"working_dir": "/tmp", "jobs": jobs}, indent=2)
    assert len(content) > 12_000_000
    saved = client.put(
        "/api/files/demo_success.json", json={"content": content, "base_version": version(client)}
    )
    assert saved.status_code == 200
    assert (workspace / "demo_success.json").read_text() == content
    assert client.post("/api/working-dir/check", json={"content": content}).json()["ok"] is True
    assert client.get("/api/info").json()["max_body_bytes"] == 64 * 1024 * 1024


def test_413_names_the_limit_and_how_to_raise_it(client_for: ClientFactory, workspace: Path) -> None:
    client = client_for(max_body_bytes=1024 * 1024)
    assert client.get("/api/info").json()["max_body_bytes"] == 1024 * 1024
    big = {"content": "x" * (1024 * 1024 + 1)}
    for response in (
        client.put("/api/files/demo_success.json", json={**big, "base_version": "x"}),
        client.post("/api/working-dir/check", json=big),
    ):
        assert response.status_code == 413
        body = response.json()
        assert body["max_body_bytes"] == 1024 * 1024
        assert "limit of 1 MB" in body["detail"]
        assert "--max-body-mb" in body["detail"] and "EXECUTIONER_STUDIO_MAX_BODY_MB" in body["detail"]
