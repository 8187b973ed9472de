"""Run history read from the engine's SQLite database (read-only)."""

from typing import Any

from fastapi import APIRouter, Query

from ..domain.history import SQLITE_MAX_INT
from ..services import Services
from .deps import Svc

router = APIRouter(prefix="/api/history", tags=["history"])


@router.get("/runs")
def runs(
    application: str | None = None,
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=SQLITE_MAX_INT),
    svc: Services = Svc,
) -> dict[str, Any]:
    history = svc.history()
    return {"schema_version": history.schema_version(), **history.list_runs(application, limit, offset)}


@router.get("/runs/{run_id}")
def run_details(run_id: int, svc: Services = Svc) -> dict[str, Any]:
    return svc.history().run_details(run_id)


@router.get("/runs/{run_id}/timeline")
def run_timeline(run_id: int, svc: Services = Svc) -> dict[str, Any]:
    return svc.history().timeline(run_id)


@router.get("/durations")
def durations(
    application: str = Query(min_length=1),
    limit: int = Query(default=20, ge=1, le=500),
    svc: Services = Svc,
) -> dict[str, Any]:
    return svc.history().durations(application, limit)


@router.get("/applications")
def applications(svc: Services = Svc) -> dict[str, Any]:
    return {"applications": svc.history().applications()}
