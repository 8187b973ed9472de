"""Run history read from the engine's SQLite database (read-only)."""

from typing import Any

from fastapi import APIRouter, Query

from ..services import Services
from .deps import Svc
from .responses import errors

# 503: no history database configured or found.
router = APIRouter(prefix="/api/history", tags=["history"], responses=errors(404, 422, 503))


@router.get("/runs")
def runs(
    application: str | None = None,
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0),
    svc: Services = Svc,
) -> dict[str, Any]:
    history = svc.history()
    return {"schema_version": history.schema_version(), **history.list_runs(application, limit, offset)}


@router.get("/runs/{run_id}")
def run_details(run_id: int, svc: Services = Svc) -> dict[str, Any]:
    return svc.history().run_details(run_id)


@router.get("/applications")
def applications(svc: Services = Svc) -> dict[str, Any]:
    return {"applications": svc.history().applications()}
