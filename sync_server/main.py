"""create_app(): the FastAPI application factory. Nothing happens at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from sync_server.api.report_routes import router as report_router
from sync_server.api.sync_routes import router as sync_router
from sync_server.db.engine import make_engine
from sync_server.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_environment()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = make_engine(
            settings.database_url, settings.pool_size, settings.head_office_key
        )
        yield
        app.state.engine.dispose()

    app = FastAPI(title="Maghreb ERP sync server", lifespan=lifespan)

    @app.exception_handler(HTTPException)
    async def problem(_request: Request, exc: HTTPException) -> JSONResponse:
        detail: Any = exc.detail
        body = (
            detail
            if isinstance(detail, dict)
            else {"code": "http.error", "params": {"detail": str(detail)}}
        )
        return JSONResponse(
            body, status_code=exc.status_code, media_type="application/problem+json"
        )

    app.include_router(sync_router)
    app.include_router(report_router)
    return app
