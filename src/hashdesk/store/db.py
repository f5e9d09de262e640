"""Engines: the async one for reads (aiosqlite / asyncpg), the sync one for the writer
thread and migrations (pysqlite / psycopg), both from one configured URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def _mapped(url: str, *, asynchronous: bool) -> URL:
    """Plain `sqlite:///path` and `postgresql://…` URLs (contract) onto the drivers we ship."""
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        return u.set(drivername="sqlite+aiosqlite" if asynchronous else "sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        return u.set(drivername="postgresql+asyncpg" if asynchronous else "postgresql+psycopg")
    raise ValueError(f"unsupported database URL scheme {u.drivername!r}: use sqlite or postgresql")


def async_url(url: str) -> str:
    return _mapped(url, asynchronous=True).render_as_string(hide_password=False)


def sync_url(url: str) -> str:
    return _mapped(url, asynchronous=False).render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _prepare_sqlite_path(url: str) -> None:
    db = make_url(url).database
    if db and db != ":memory:":
        Path(db).parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str, *, echo: bool = False, synchronous: str = "FULL") -> AsyncEngine:
    """The read engine (async)."""
    kwargs: dict[str, Any] = {"echo": echo}
    if is_sqlite(url):
        _prepare_sqlite_path(url)
        kwargs.update(connect_args={"timeout": 30}, pool_size=8, max_overflow=8)
    else:
        kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
    engine = create_async_engine(async_url(url), **kwargs)
    if is_sqlite(url):
        _sqlite_setup(engine.sync_engine, immediate=False, synchronous=synchronous)
    return engine


def create_sync_engine(
    url: str, *, writer: bool = True, echo: bool = False, synchronous: str = "FULL"
) -> Engine:
    """The writer's engine (one connection at a time) and the migrations' engine."""
    kwargs: dict[str, Any] = {"echo": echo}
    if is_sqlite(url):
        _prepare_sqlite_path(url)
        kwargs.update(
            connect_args={"timeout": 30, "check_same_thread": False}, pool_size=1, max_overflow=1
        )
    else:
        kwargs.update(pool_size=2, max_overflow=2, pool_pre_ping=True)
    engine = sa.create_engine(sync_url(url), **kwargs)
    if is_sqlite(url):
        _sqlite_setup(engine, immediate=writer, synchronous=synchronous)
    return engine


def _sqlite_setup(engine: Engine, *, immediate: bool, synchronous: str = "FULL") -> None:
    if synchronous not in ("FULL", "NORMAL"):
        raise ValueError("synchronous must be FULL or NORMAL")

    # The stdlib sqlite3 driver begins transactions lazily and breaks SAVEPOINT; take
    # control of BEGIN ourselves (SQLAlchemy docs, "Serializable isolation / Savepoints").
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL (default): a commit is on disk before we acknowledge it, one fsync per group
        # commit. NORMAL (WAL): durable across a crash of the process, not of the machine.
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # The writer takes the write lock up front so it never fails to upgrade a read lock.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
