"""Workspace files: list, read, save with conflict detection, create, rename, delete, layout sidecars,
saved versions and the working_dir check. Endpoints are plain `def`: FastAPI runs them in its
thread pool, so file I/O never blocks the event loop."""

from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import APIRouter, status

from ..domain.workdir import check_working_dir, working_dir_of
from ..services import Services
from . import responses as r
from .deps import Svc
from .models import CreateFile, Layout, RenameFile, SaveFile, WorkingDirCheck

router = APIRouter(prefix="/api", tags=["files"])
# What any named file can answer: a bad or refused name, a missing file, a folder or non-UTF-8 file.
READ = (400, 404, 422)
WRITE = (*READ, 409, 413, 507)


def _engine_cwd(svc: Services) -> Path:
    # A relative working_dir is resolved against the folder the studio starts the engine in.
    engine = svc.settings.engine
    return engine.parent if engine is not None else Path.cwd()


@router.get("/files", response_model=r.FileList, responses=r.errors())
def list_files(svc: Services = Svc) -> dict[str, Any]:
    files = svc.workspace.list_files()
    return {"workspace": str(svc.workspace.root), "files": [asdict(f) for f in files]}


@router.post(
    "/files", status_code=status.HTTP_201_CREATED, response_model=r.FileContent, responses=r.errors(*WRITE)
)
def create_file(body: CreateFile, svc: Services = Svc) -> dict[str, Any]:
    return asdict(svc.workspace.create(body.path, body.content))


@router.get("/files/{path:path}/version", response_model=r.FileVersion, responses=r.errors(*READ))
def file_version(path: str, svc: Services = Svc) -> dict[str, Any]:
    version, info = svc.workspace.current_version(path)
    return {**asdict(info), "version": version}


@router.get("/files/{path:path}/layout", response_model=r.LayoutAnswer, responses=r.errors(400, 404))
def get_layout(path: str, svc: Services = Svc) -> dict[str, Any]:
    svc.workspace.path_of(path)
    stored = svc.workspace.layouts.read(path)
    return {"path": path, "layout": stored.layout, "warning": stored.warning}


@router.put("/files/{path:path}/layout", response_model=r.LayoutAnswer, responses=r.errors(*WRITE))
def put_layout(path: str, body: Layout, svc: Services = Svc) -> dict[str, Any]:
    svc.workspace.current_version(path)  # the config must exist
    svc.workspace.layouts.write(path, body.layout)
    stored = svc.workspace.layouts.read(path)
    return {"path": path, "layout": stored.layout, "warning": stored.warning}


@router.get("/files/{path:path}/history", response_model=r.VersionList, responses=r.errors(400, 404))
def list_versions(path: str, svc: Services = Svc) -> dict[str, Any]:
    svc.workspace.path_of(path)
    return {"path": path, "versions": [asdict(v) for v in svc.workspace.versions.list(path)]}


@router.get(
    "/files/{path:path}/history/{version_id}", response_model=r.VersionContent, responses=r.errors(400, 404)
)
def read_version(path: str, version_id: str, svc: Services = Svc) -> dict[str, Any]:
    svc.workspace.path_of(path)
    data = svc.workspace.versions.read(path, version_id)
    return {"path": path, "id": version_id, "content": data.decode("utf-8", errors="replace")}


@router.post("/files/{path:path}/rename", response_model=r.FileContent, responses=r.errors(*WRITE))
def rename_file(path: str, body: RenameFile, svc: Services = Svc) -> dict[str, Any]:
    return asdict(svc.workspace.rename(path, body.to))


@router.get("/files/{path:path}/working-dir", response_model=r.WorkingDirVerdict, responses=r.errors(*READ))
def file_working_dir(path: str, svc: Services = Svc) -> dict[str, Any]:
    return working_dir_of(svc.workspace.read(path).content, _engine_cwd(svc))


@router.get("/files/{path:path}", response_model=r.FileContent, responses=r.errors(*READ))
def read_file(path: str, svc: Services = Svc) -> dict[str, Any]:
    return asdict(svc.workspace.read(path))


@router.put("/files/{path:path}", response_model=r.SavedFile, responses=r.errors(*WRITE))
def save_file(path: str, body: SaveFile, svc: Services = Svc) -> dict[str, Any]:
    return asdict(svc.workspace.save(path, body.content, body.base_version, force=body.force))


@router.delete("/files/{path:path}", response_model=r.Trashed, responses=r.errors(*WRITE))
def delete_file(path: str, svc: Services = Svc) -> dict[str, Any]:
    return {"path": path, "trashed_as": svc.workspace.delete(path)}


@router.post("/working-dir/check", response_model=r.WorkingDirVerdict, responses=r.errors(400, 413, 422))
def check_dir(body: WorkingDirCheck, svc: Services = Svc) -> dict[str, Any]:
    if body.content is not None:
        return working_dir_of(body.content, _engine_cwd(svc))
    return check_working_dir(body.working_dir, _engine_cwd(svc))
