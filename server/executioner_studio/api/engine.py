"""Engine bridge: dry-run, runs (with a Server-Sent Events stream) and mark-success."""

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Header, Request, status
from fastapi.responses import StreamingResponse

from ..domain import engine as engine_domain
from ..domain.engine_db import require_engine_can_write
from ..domain.runs import Entry, Run, RunManager
from ..services import Services
from .deps import Svc
from .models import EngineRequest, MarkSuccess

router = APIRouter(prefix="/api", tags=["engine"])
POLL_SECONDS = 0.1
KEEPALIVE_SECONDS = 15.0


@router.post("/engine/dry-run")
def dry_run(body: EngineRequest, svc: Services = Svc) -> dict[str, Any]:
    engine = svc.engine()
    config = svc.workspace.path_of(body.path)
    svc.workspace.current_version(body.path)  # 404 if it was never saved
    options = body.options.to_domain()
    if options.resume_from is not None:
        options.arguments()  # 422 for bad options before the 409 below
        require_engine_can_write(engine.script)  # resuming reads attempt ids an old DB lacks: a crash
    return asdict(engine_domain.dry_run(engine, config, options))


@router.post("/engine/mark-success")
def mark_success(body: MarkSuccess, svc: Services = Svc) -> dict[str, Any]:
    return engine_domain.mark_success(svc.engine(), body.run_id, body.jobs)


@router.post("/runs", status_code=status.HTTP_201_CREATED)
def start_run(body: EngineRequest, svc: Services = Svc) -> dict[str, Any]:
    engine = svc.engine()
    config = svc.workspace.path_of(body.path)
    svc.workspace.current_version(body.path)
    require_engine_can_write(engine.script)  # 409 instead of a run that crashes on an old history DB
    return svc.runs.start(engine, body.path, config, body.options.to_domain()).summary()


@router.get("/runs")
def list_runs(svc: Services = Svc) -> dict[str, Any]:
    return {"runs": [run.summary() for run in svc.runs.list()]}


@router.get("/runs/{run_id}")
def get_run(run_id: str, since: int = 0, svc: Services = Svc) -> dict[str, Any]:
    run = svc.runs.get(run_id)
    return {**run.summary(), "entries": [asdict(e) for e in run.since(since)]}


@router.post("/runs/{run_id}/cancel")
def cancel_run(run_id: str, svc: Services = Svc) -> dict[str, Any]:
    return svc.runs.cancel(run_id).summary()


@router.get("/runs/{run_id}/events")
async def run_events(
    run_id: str,
    request: Request,
    since: int = 0,
    last_event_id: str | None = Header(default=None),
    svc: Services = Svc,
) -> StreamingResponse:
    """SSE: `event: line` (raw output, ANSI removed) and `event: run` (parsed events), each with an `id:`
    so a reconnecting EventSource resumes where it stopped; the stream ends after `run_finished`, and
    at once when the server stops (the browser reconnects to the next server and resumes)."""
    run = svc.runs.get(run_id)
    start = int(last_event_id) + 1 if last_event_id and last_event_id.isdigit() else since
    return StreamingResponse(
        _stream(run, start, request, svc.runs),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


def _frame(entry: Entry) -> str:
    kind = "line" if entry.kind == "line" else "run"
    return f"id: {entry.seq}\nevent: {kind}\ndata: {json.dumps(entry.data)}\n\n"


async def _stream(run: Run, cursor: int, request: Request, runs: RunManager) -> AsyncIterator[str]:
    yield "retry: 1000\n\n"
    idle = 0.0
    while not runs.closing.is_set():  # uvicorn waits for open responses before it stops
        entries = run.since(cursor)
        for entry in entries:
            yield _frame(entry)
            cursor = entry.seq + 1
        if not entries and not run.active and not run.since(cursor):
            yield "event: end\ndata: {}\n\n"
            return
        if await request.is_disconnected():
            return
        idle = 0.0 if entries else idle + POLL_SECONDS
        if idle >= KEEPALIVE_SECONDS:
            yield ": keep-alive\n\n"
            idle = 0.0
        await asyncio.sleep(POLL_SECONDS)
