"""Token, Host/Origin checks, body limit and the cookie the served app receives."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import TOKEN, ClientFactory

GUARDED = [
    ("GET", "/api/files"),
    ("GET", "/api/files/demo_success.json"),
    ("PUT", "/api/files/demo_success.json"),
    ("POST", "/api/files"),
    ("DELETE", "/api/files/demo_success.json"),
    ("POST", "/api/files/demo_success.json/rename"),
    ("PUT", "/api/files/demo_success.json/layout"),
    ("POST", "/api/engine/dry-run"),
    ("POST", "/api/engine/mark-success"),
    ("POST", "/api/runs"),
    ("GET", "/api/runs"),
    ("GET", "/api/history/runs"),
    ("POST", "/api/working-dir/check"),
]


@pytest.mark.parametrize(("method", "path"), GUARDED)
def test_guarded_endpoints_need_the_token(
    client_for: ClientFactory, workspace: Path, method: str, path: str
) -> None:
    anonymous = client_for(token=False)
    for headers in (
        {},
        {"X-Studio-Token": "wrong"},
        {"X-Studio-Token": ""},
        {"Cookie": "studio_token=wrong"},
    ):
        response = anonymous.request(method, path, headers=headers, json={})
        assert response.status_code == 401, (headers, response.text)
        assert "token" in response.json()["detail"]
    assert (workspace / "demo_success.json").is_file()


def test_health_and_info_are_open_and_report_no_engine(client_for: ClientFactory) -> None:
    anonymous = client_for(token=False)
    health = anonymous.get("/api/health").json()
    assert health["status"] == "ok"
    assert health["engine"] is None
    assert "EXECUTIONER_PATH" in health["engine_hint"]
    assert anonymous.get("/api/info").json()["engine"] is None


def test_served_app_receives_the_token_as_strict_httponly_cookie(
    client_for: ClientFactory, tmp_path: Path
) -> None:
    static = tmp_path / "dist"
    (static / "assets").mkdir(parents=True)
    (static / "index.html").write_text("<!doctype html><title>studio</title>")
    (static / "assets" / "app.js").write_text("console.log(1)")
    browser = client_for(token=False, static=static)
    page = browser.get("/")
    assert page.status_code == 200 and "studio" in page.text
    cookie = page.headers["set-cookie"]
    assert f"studio_token={TOKEN}" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert browser.get("/api/files").status_code == 200  # the cookie now authenticates the app
    assert browser.get("/assets/app.js").text == "console.log(1)"
    assert "set-cookie" not in browser.get("/assets/app.js").headers
    deep = client_for(token=False, static=static).get("/runs/42")  # client-side route: index.html
    assert "studio" in deep.text and "studio_token" in deep.headers["set-cookie"]
    assert browser.get("/api/nope").status_code == 404


HOST_ATTEMPTS = [
    "evil.example",
    "evil.example:8765",
    "127.0.0.1.evil.example",
    "localhost.evil.example:8765",
    "attacker.com:80",
    "127.0.0.1:9999",
    "",
]


@pytest.mark.parametrize("host", HOST_ATTEMPTS)
def test_foreign_host_is_refused_even_for_the_page(client_for: ClientFactory, host: str) -> None:
    client = client_for()
    for path in ("/", "/api/health", "/api/files"):
        response = client.get(path, headers={"Host": host})
        assert response.status_code == 403, (host, path)
        assert "set-cookie" not in response.headers
        assert "DNS rebinding" in response.json()["detail"]


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "127.0.0.1", "LOCALHOST:8765"]
)
def test_own_loopback_names_are_accepted(client_for: ClientFactory, host: str) -> None:
    assert client_for().get("/api/files", headers={"Host": host}).status_code == 200


ORIGIN_ATTEMPTS = [
    "http://evil.example",
    "https://evil.example",
    "null",
    "http://localhost:3000",
    "http://127.0.0.1:8766",
    "http://testserver.evil.example",
    "file://",
    # The server's own names on another port: port 80 is implied when a browser leaves it out (issue 11).
    "http://localhost",
    "http://127.0.0.1",
    "http://[::1]",
    "https://localhost:8765",
]


@pytest.mark.parametrize("origin", ORIGIN_ATTEMPTS)
def test_foreign_origin_is_refused(client: TestClient, workspace: Path, origin: str) -> None:
    before = (workspace / "demo_success.json").read_bytes()
    response = client.delete("/api/files/demo_success.json", headers={"Origin": origin})
    assert response.status_code == 403
    assert "origin" in response.json()["detail"]
    assert (workspace / "demo_success.json").read_bytes() == before


def test_own_origin_is_accepted(client: TestClient) -> None:
    assert client.get("/api/files", headers={"Origin": "http://testserver"}).status_code == 200


def test_cross_site_fetch_metadata_is_refused(client: TestClient) -> None:
    response = client.get("/api/files", headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403


def test_bodies_over_the_limit_are_refused(client_for: ClientFactory, workspace: Path) -> None:
    client = client_for(max_body_bytes=5 * 1024 * 1024)
    before = (workspace / "demo_success.json").read_bytes()
    big = "x" * (5 * 1024 * 1024 + 10)
    response = client.put("/api/files/demo_success.json", json={"content": big, "base_version": "x"})
    assert response.status_code == 413
    assert "limit of 5 MB" in response.json()["detail"]
    assert "--max-body-mb" in response.json()["detail"]  # says how to raise it
    assert response.json()["max_body_bytes"] == 5 * 1024 * 1024

    def chunks() -> object:  # no Content-Length: the limit must hold for streamed bodies too
        for _ in range(6):
            yield b"x" * (1024 * 1024)

    streamed = client.put("/api/files/demo_success.json", content=chunks())  # type: ignore[arg-type]
    assert streamed.status_code == 413
    assert (workspace / "demo_success.json").read_bytes() == before


def test_binds_to_loopback_by_default() -> None:
    from executioner_studio.settings import settings_from

    assert settings_from(None, {}).host == "127.0.0.1"


def test_extra_allowed_host_admits_a_dev_server_origin(client_for: ClientFactory) -> None:
    """The Vite dev-server setup API.md describes: --allowed-hosts localhost:5173."""
    client = client_for(allowed_hosts=("testserver", "localhost:5173"))
    assert client.get("/api/files", headers={"Origin": "http://localhost:5173"}).status_code == 200
    assert client.get("/api/files", headers={"Origin": "http://localhost:5174"}).status_code == 403
