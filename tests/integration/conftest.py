"""In-process desk on a real database: SQLite and PostgreSQL from one parametrised fixture."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from hashdesk.config import Settings
from hashdesk.desk.service import Desk
from hashdesk.store.migrate import upgrade
from hashdesk.web.app import create_app

_migrated: set[str] = set()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_database")
    if url not in _migrated:
        upgrade(url)
        if not url.startswith("sqlite"):
            _migrated.add(url)
    yield url


@dataclass
class Harness:
    app: FastAPI
    http: httpx.AsyncClient
    desk: Desk
    settings: Settings


@asynccontextmanager
async def make_harness(
    database_url: str, tmp_path: Path, **overrides: Any
) -> AsyncIterator[Harness]:
    """The app in process on ``database_url``; ``overrides`` are extra settings."""
    values: dict[str, Any] = {"rate_limit": "off", "env": "test", **overrides}
    settings = Settings(var_dir=tmp_path, database_url=database_url, **values)
    app = create_app(settings, run_jobs=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as http:
            yield Harness(app=app, http=http, desk=app.state.desk, settings=settings)


@pytest.fixture
async def harness(database_url: str, tmp_path: Path) -> AsyncIterator[Harness]:
    async with make_harness(database_url, tmp_path) as h:
        yield h


def bearer(token: str) -> dict[str, Any]:
    return {"Authorization": f"Bearer {token}"}
