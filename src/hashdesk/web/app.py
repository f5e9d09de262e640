"""``create_app(settings)``: the ASGI app, wired through its lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from .. import __version__
from ..bootstrap import Runtime, bootstrap
from ..config import Settings, parse_rate
from ..desk import audit
from . import errors
from .api import cases, conversations, streams, trust, verify
from .limits import BodyLimit, RateLimit
from .observe import AccessLog, Metrics
from .security import SecurityHeaders


def create_app(settings: Settings, *, run_jobs: bool = True) -> FastAPI:
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime: Runtime = bootstrap(settings, run_jobs=run_jobs)
        await runtime.start()
        await audit.record_configuration(runtime.desk)
        app.state.runtime = runtime
        app.state.desk = runtime.desk
        app.state.knowledge = runtime.knowledge  # the help-center pages share the desk's KB
        try:
            yield
        finally:
            await runtime.stop()

    app = FastAPI(
        title="hashdesk",
        version=__version__,
        description="Customer-support desk for cryptocurrency exchanges.",
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.metrics = metrics
    errors.install(app)
    app.include_router(conversations.router)
    app.include_router(cases.router)
    app.include_router(streams.router)
    app.include_router(verify.router)
    app.include_router(trust.router)

    from .pages import console, kb, official, widget

    app.include_router(console.router)
    app.include_router(widget.router)
    app.include_router(kb.router)
    app.include_router(official.router)
    widget.mount_static(app)

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> dict[str, Any]:
        return {"ok": True, "version": __version__}

    @app.get("/metrics", tags=["ops"], include_in_schema=False)
    async def prometheus(request: Request) -> Response:
        runtime: Runtime = request.app.state.runtime
        metrics.commit_batches.set(runtime.desk.writer.batches)
        metrics.commit_jobs.set(runtime.desk.writer.jobs)
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    rate = None if settings.rate_limit == "off" else parse_rate(settings.rate_limit)
    app.add_middleware(RateLimit, rate=rate)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AccessLog, metrics=metrics)
    return app
