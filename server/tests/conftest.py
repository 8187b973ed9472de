"""Shared fixtures: a temporary workspace, a configured app and an authenticated test client."""

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from executioner_studio.app import create_app
from executioner_studio.settings import Settings
from tests.standin import SHARED, write_standin

TOKEN = "test-token-0123456789"
HISTORY = SHARED / "history"


def make_settings(workspace: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "workspace": workspace,
        "token": TOKEN,
        "allowed_hosts": ("testserver",),
        "cancel_grace_seconds": 1.0,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    folder.mkdir()
    (folder / "demo_success.json").write_text('{\n  "working_dir": "/tmp",\n  "jobs": []\n}\n')
    return folder


ClientFactory = Callable[..., TestClient]


@pytest.fixture
def client_for(workspace: Path) -> Iterator[ClientFactory]:
    """Build clients with custom settings; each sends the token header unless told otherwise."""
    clients: list[TestClient] = []

    def build(token: bool = True, **overrides: Any) -> TestClient:
        client = TestClient(create_app(make_settings(workspace, **overrides)))
        if token:
            client.headers["X-Studio-Token"] = TOKEN
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.app.state.services.runs.shutdown()  # no engine process outlives its test
        client.close()


@pytest.fixture
def client(client_for: ClientFactory) -> TestClient:
    return client_for()


@pytest.fixture
def engine(tmp_path: Path) -> Path:
    return write_standin(tmp_path / "engine")


@pytest.fixture
def engine_client(client_for: ClientFactory, engine: Path) -> TestClient:
    return client_for(engine=engine, engine_python=sys.executable)


def require_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the engine's recorded data (../shared/executioner) is needed")
    return path
