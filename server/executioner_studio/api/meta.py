"""Health and server facts the UI needs to decide what to offer (no token needed)."""

from typing import Any

from fastapi import APIRouter

from .. import __version__
from ..domain.engine_db import history_db_facts
from ..services import Services
from ..settings import ENGINE_HINT
from .deps import Svc

router = APIRouter(prefix="/api", tags=["meta"])


def _facts(svc: Services) -> dict[str, Any]:
    settings = svc.settings
    engine = (
        {"path": str(settings.engine), "python": settings.engine_python} if settings.engine_found else None
    )
    return {
        "status": "ok",
        "version": __version__,
        "engine": engine,
        "engine_hint": None if engine else ENGINE_HINT,
        "history_db": history_db_facts(settings.history_db, settings.engine if engine else None),
    }


@router.get("/health")
def health(svc: Services = Svc) -> dict[str, Any]:
    return _facts(svc)


@router.get("/info")
def info(svc: Services = Svc) -> dict[str, Any]:
    return {
        **_facts(svc),
        "workspace": str(svc.workspace.root),
        "max_body_bytes": svc.settings.max_body_bytes,
    }
