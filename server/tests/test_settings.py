"""Settings: flags win over environment variables, which win over defaults; startup message."""

from pathlib import Path

from fastapi.testclient import TestClient

from executioner_studio.__main__ import describe
from executioner_studio.settings import build_parser, settings_from
from tests.conftest import ClientFactory


def test_defaults_match_make_run(tmp_path: Path) -> None:
    settings = settings_from(None, {})
    assert (settings.host, settings.port) == ("127.0.0.1", 8765)
    assert settings.workspace == Path("examples").resolve()
    assert settings.engine is None and settings.history_db is None
    assert len(settings.token) >= 32
    assert settings_from(None, {}).token != settings.token  # a new token per start


def test_environment_configures_and_flags_override(tmp_path: Path) -> None:
    engine = tmp_path / "engine" / "executioner.py"
    env = {
        "EXECUTIONER_PATH": str(engine),
        "EXECUTIONER_STUDIO_WORKSPACE": str(tmp_path / "ws"),
        "EXECUTIONER_STUDIO_PORT": "9000",
    }
    from_env = settings_from(build_parser().parse_args(["serve"]), env)
    assert from_env.engine == engine
    assert from_env.history_db == engine.parent / "data" / "jobs_history.db"  # beside the engine
    assert from_env.port == 9000
    assert from_env.workspace == tmp_path / "ws"
    args = build_parser().parse_args(["serve", "--port", "9100", "--history-db", str(tmp_path / "h.db")])
    flagged = settings_from(args, env)
    assert flagged.port == 9100
    assert flagged.history_db == tmp_path / "h.db"


def test_startup_message_names_url_workspace_and_engine(tmp_path: Path) -> None:
    missing = settings_from(None, {"EXECUTIONER_PATH": str(tmp_path / "nope.py")})
    lines = "\n".join(describe(missing))
    assert "http://localhost:8765/" in lines
    assert str(missing.workspace) in lines
    assert "NOT FOUND" in lines
    assert "none (set EXECUTIONER_PATH" in "\n".join(describe(settings_from(None, {})))


def test_info_reports_the_engine_when_configured(client_for: ClientFactory, engine: Path) -> None:
    client: TestClient = client_for(engine=engine)
    info = client.get("/api/info").json()
    assert info["engine"]["path"] == str(engine)
    assert info["engine_hint"] is None
    assert info["workspace"]
