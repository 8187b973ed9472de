"""Property-based API testing from the server's own OpenAPI schema (Schemathesis): every operation gets
generated requests (valid and invalid bodies, parameters, names), sent in-process to the ASGI app with
the token, against a temporary workspace and no engine. Each response must not be a server error (a
documented 503 of the engine and history routes excepted: no engine or history DB is configured) and
must match the schema: a declared status code, content type and body.

Deterministic (derandomized) and bounded (EXAMPLES per operation), so CI is stable."""

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from executioner_studio.app import create_app
from tests.conftest import TOKEN, make_settings

EXAMPLES = 40
WORKSPACE = Path(tempfile.mkdtemp(prefix="studio-schema-")) / "workspace"
EXISTING = "demo.json"


def _ensure_existing() -> None:
    """The state accumulates between cases (saves, layouts, history); only a deleted or renamed
    EXISTING file is put back, so later cases still reach it."""
    (WORKSPACE / "team").mkdir(parents=True, exist_ok=True)
    if not (WORKSPACE / EXISTING).is_file():
        (WORKSPACE / EXISTING).write_text('{\n  "working_dir": "/tmp",\n  "jobs": []\n}\n')


_ensure_existing()
APP = create_app(make_settings(WORKSPACE))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _workspace_lifetime() -> Iterator[None]:
    yield
    APP.state.services.runs.shutdown()
    shutil.rmtree(WORKSPACE.parent, ignore_errors=True)


@schema.hook
def map_case(context: Any, case: Any) -> Any:
    """Random text rarely names a file that exists, so a third of the generated names are replaced by
    an existing config and a third get `.json` appended (reaching the code behind the name checks);
    saves of the existing file mostly carry its real version, so the write path runs too. Decided by
    the generated values themselves, so the run stays deterministic."""
    _ensure_existing()
    params = case.path_parameters
    if params and isinstance(params.get("path"), str):
        name: str = params["path"]
        if len(name) % 3 == 0:
            params["path"] = EXISTING
        elif len(name) % 3 == 1:
            params["path"] = f"{name}.json"
    body = case.body
    for key in ("path", "to"):  # new names in create and rename bodies
        if isinstance(body, dict) and isinstance(body.get(key), str) and len(body[key]) % 2 == 0:
            body[key] = f"{body[key]}.json"
    on_disk = WORKSPACE / EXISTING
    if (
        case.method == "PUT"
        and params
        and params.get("path") == EXISTING
        and isinstance(body, dict)
        and isinstance(body.get("content"), str)
        and len(body["content"]) % 4 != 0
        and on_disk.is_file()
    ):
        body["base_version"] = hashlib.sha256(on_disk.read_bytes()).hexdigest()
    return case


@schemathesis.check
def no_server_error_but_documented_unavailable(ctx: Any, response: Any, case: Any) -> bool | None:
    """`not_a_server_error`, except a 503 the operation documents (no engine or history configured)."""
    if response.status_code == 503 and case.operation.responses.find_by_status_code(503) is not None:
        return None
    return not_a_server_error(ctx, response, case)


CHECKS = [
    no_server_error_but_documented_unavailable,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_within_its_schema(case: Any) -> None:
    case.call_and_validate(headers={"X-Studio-Token": TOKEN}, checks=CHECKS)


def test_the_schema_declares_the_statuses_the_ui_relies_on() -> None:
    """The declarations the checks above validate against: a save documents its refusals."""
    document = APP.openapi()
    save = document["paths"]["/api/files/{path}"]["put"]["responses"]
    assert {"200", "400", "403", "404", "409", "413", "422", "507"} <= set(save)
    conflict = save["409"]["content"]["application/json"]["schema"]["$ref"]
    assert conflict.endswith("/Conflict")
    assert "503" in document["paths"]["/api/engine/dry-run"]["post"]["responses"]
    assert "503" in document["paths"]["/api/history/runs"]["get"]["responses"]
