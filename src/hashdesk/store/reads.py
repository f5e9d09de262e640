"""Reads run the same synchronous query functions as writes, on the async engine.

``AsyncConnection.run_sync`` runs a plain function against the connection; the query
functions in ``repo`` are shared by both paths, so there is one copy of every query.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

T = TypeVar("T")


async def read(engine: AsyncEngine, fn: Callable[[Connection], T]) -> T:
    async with engine.connect() as conn:
        return await conn.run_sync(fn)
