"""Request bodies of the API (responses are documented in server/API.md)."""

from typing import Any, Literal

from pydantic import BaseModel, Field

from ..domain.engine import RunOptions


class CreateFile(BaseModel):
    path: str
    content: str = '{\n  "jobs": []\n}\n'


class SaveFile(BaseModel):
    content: str
    base_version: str = Field(description="version the edit started from (from GET or the last save)")
    force: bool = Field(
        default=False,
        description="save even if the file is read-only (it is written and stays read-only, like vim's :w!)",
    )


class RenameFile(BaseModel):
    to: str


class Layout(BaseModel):
    layout: dict[str, Any]


class WorkingDirCheck(BaseModel):
    working_dir: Any = None
    content: str | None = Field(default=None, description="config text; its working_dir is checked")


class Options(BaseModel):
    mode: Literal["parallel", "sequential"] | None = None
    workers: int | None = None
    skip: list[str] = []
    env: dict[str, str] = {}
    continue_on_error: bool = False
    resume_from: int | None = None
    failed_only: bool = False

    def to_domain(self) -> RunOptions:
        return RunOptions(**self.model_dump())


class EngineRequest(BaseModel):
    path: str
    options: Options = Options()


class MarkSuccess(BaseModel):
    run_id: int
    jobs: list[str]
