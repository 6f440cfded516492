"""create_app(): the FastAPI application factory. Nothing happens at import time.

Every answer that is not a success is a problem (``api.problems``), and the OpenAPI
document carries the schemas of the push batch, its answer and the Problem
(``api.schemas``), so a client or a fuzzer reads what the server truly says.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from sync_server.api.health_routes import router as health_router
from sync_server.api.join_routes import router as join_router
from sync_server.api.payslip_routes import router as payslip_router
from sync_server.api.problems import install_problem_handlers
from sync_server.api.report_routes import router as report_router
from sync_server.api.schemas import components
from sync_server.api.snapshot_routes import router as snapshot_router
from sync_server.api.sync_routes import router as sync_router
from sync_server.db.engine import make_engine
from sync_server.db.standby import Standby
from sync_server.services.merge_lane import MergeLane
from sync_server.services.outbox import Claimer
from sync_server.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_environment()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        standby = (
            Standby(settings.reports_database_url, settings.reports_max_lag_seconds)
            if settings.reports_database_url
            else None
        )
        app.state.engine = make_engine(
            settings.database_url, settings.pool_size, settings.head_office_key, standby
        )
        claimer = Claimer(app.state.engine)  # what pushes left pending (services.outbox)
        claimer.start()
        yield
        claimer.stop()
        app.state.engine.dispose()
        if standby is not None:
            standby.dispose()

    app = FastAPI(title="Maghreb ERP sync server", lifespan=lifespan)
    app.state.merge_lane = MergeLane(  # per worker: each worker process builds its app
        settings.max_big_merges, settings.big_merge_changes, settings.big_merge_wait_seconds
    )
    install_problem_handlers(app)
    app.include_router(sync_router)
    app.include_router(report_router)
    app.include_router(health_router)
    app.include_router(join_router)
    app.include_router(payslip_router)
    app.include_router(snapshot_router)  # issue 19: a new branch's bootstrap

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, routes=app.routes)
            document.setdefault("components", {}).setdefault("schemas", {}).update(components())
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
