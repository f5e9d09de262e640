"""Engine construction: URL mapping to the async drivers and SQLite pragmas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def async_url(url: str) -> str:
    """Map plain URLs onto the async drivers we ship (contract: both forms are accepted)."""
    u = make_url(url)
    driver = u.drivername
    if driver in ("sqlite", "sqlite+pysqlite"):
        u = u.set(drivername="sqlite+aiosqlite")
    elif driver in ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+psycopg"):
        u = u.set(drivername="postgresql+asyncpg")
    return u.render_as_string(hide_password=False)


def sync_url(url: str) -> str:
    return async_url(url)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, *, echo: bool = False, writer: bool = False) -> AsyncEngine:
    """`writer=True`: the one engine the group-commit writer uses (SQLite: BEGIN IMMEDIATE)."""
    aurl = async_url(url)
    kwargs: dict[str, Any] = {"echo": echo}
    if is_sqlite(aurl):
        db = make_url(aurl).database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
        kwargs["pool_size"] = 1 if writer else 8
        kwargs["max_overflow"] = 1 if writer else 8
    else:
        kwargs["pool_size"] = 10
        kwargs["max_overflow"] = 20
        kwargs["pool_pre_ping"] = True
    engine = create_async_engine(aurl, **kwargs)
    if is_sqlite(aurl):
        _sqlite_setup(engine, immediate=writer)
    return engine


def _sqlite_setup(engine: AsyncEngine, *, immediate: bool) -> None:
    # The stdlib sqlite3 driver begins transactions lazily and breaks SAVEPOINT; take
    # control of BEGIN ourselves (SQLAlchemy docs, "Serializable isolation / Savepoints").
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before we acknowledge it (WAL makes this cheap per batch).
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # The writer takes the write lock up front so it never fails to upgrade a read lock.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
