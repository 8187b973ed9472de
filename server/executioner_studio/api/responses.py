"""Response bodies and error statuses as the OpenAPI schema declares them, so `/openapi.json` tells
clients (and the schema-driven tests) what each endpoint really answers."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    """Every error: `detail` is a sentence for the user (FastAPI's own 422s carry a list of problems);
    some errors add fields, listed below."""

    model_config = ConfigDict(extra="allow")

    detail: str | list[Any]


class FileInfo(BaseModel):
    path: str
    size: int
    mtime: str


class FileContent(FileInfo):
    content: str
    version: str = Field(description="SHA-256 (hex) of the file's bytes")


class Conflict(ErrorBody):
    current: FileContent | None = Field(
        default=None,
        description="the file on disk now (save conflicts; a create whose name a file has taken)",
    )
    run: str | None = Field(default=None, description="the active run of this config (run conflicts only)")


class Refused(ErrorBody):
    read_only: bool | None = Field(
        default=None, description="true when a save was refused because the file is read-only"
    )


class TooLarge(ErrorBody):
    max_body_bytes: int | None = None


class FileList(BaseModel):
    workspace: str
    files: list[FileInfo]


class SavedFile(FileContent):
    history_kept: bool = Field(description="the previous content was kept as a history version")
    warning: str | None = Field(description="set when the save happened but something else did not")


class FileVersion(FileInfo):
    version: str


class LayoutAnswer(BaseModel):
    path: str
    layout: dict[str, Any]
    warning: str | None = Field(default=None, description="why a stored layout was ignored")


class SavedVersion(BaseModel):
    id: str
    saved_at: str
    size: int


class VersionList(BaseModel):
    path: str
    versions: list[SavedVersion]


class VersionContent(BaseModel):
    path: str
    id: str
    content: str


class Trashed(BaseModel):
    path: str
    trashed_as: str


class WorkingDirVerdict(BaseModel):
    working_dir: Any
    resolved: str | None
    ok: bool
    problem: (
        Literal[
            "missing",
            "not_a_string",
            "empty",
            "invalid_path",
            "relative",
            "missing_dir",
            "not_a_dir",
            "not_writable",
            "invalid_json",
        ]
        | None
    )
    message: str


_MODELS: dict[int, type[ErrorBody]] = {403: Refused, 409: Conflict, 413: TooLarge}
_MEANINGS = {
    400: "Bad file name (the reason is in detail)",
    401: "Missing or wrong studio token",
    403: "Refused: outside the workspace, hidden or studio folder, foreign Host/Origin, permission denied, "
    "read-only file",
    404: "Not found (also: a name no route accepts, such as one with a line break)",
    409: "Conflict (changed on disk, name taken, run active)",
    413: "Request body over the server's limit (--max-body-mb)",
    422: "Unusable input (invalid body, not UTF-8, unpaired surrogate, layout too deep)",
    503: "No engine or history database configured, or the engine timed out",
    507: "Disk full: nothing was written",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: the given statuses plus the guards' 401/403, with their bodies."""
    return {
        status: {"model": _MODELS.get(status, ErrorBody), "description": _MEANINGS[status]}
        for status in sorted({401, 403, *statuses})
    }
