"""FastAPI application factory: routers, error mapping, guards and the served web app."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from . import __version__
from .api import engine, files, history, meta
from .errors import StudioError
from .security import GuardMiddleware
from .services import Services
from .settings import Settings
from .spa import spa_router


def create_app(settings: Settings) -> FastAPI:
    services = Services.from_settings(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await asyncio.to_thread(services.runs.shutdown)

    app = FastAPI(title="Executioner Studio", version=__version__, lifespan=lifespan)
    app.state.services = services

    @app.exception_handler(StudioError)
    async def studio_error(_: Request, error: StudioError) -> JSONResponse:
        return JSONResponse({"detail": error.message, **error.extra}, status_code=error.status)

    for module in (meta, files, engine, history):
        app.include_router(module.router)
    app.include_router(spa_router())
    app.add_middleware(GuardMiddleware, settings=settings)
    return app
