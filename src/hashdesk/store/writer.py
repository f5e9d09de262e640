"""Group commit: many use-case transactions share one database commit.

Each job runs inside a SAVEPOINT of a shared transaction, so one failing job does not
undo its neighbours. The batch commits once; only then are the jobs' futures resolved
(the HTTP 201 goes out) and their events published. If the commit itself fails (a
deadlock on PostgreSQL, a full disk), every job of the batch is retried alone, so a job
is acknowledged if and only if its own commit succeeded.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import structlog
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from ..bus.base import EventBus
from ..domain.events import Event

T = TypeVar("T")
log = structlog.get_logger(__name__)


class Tx:
    """What a job gets: the connection of the shared transaction and an event collector."""

    __slots__ = ("conn", "events")

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.events: list[Event] = []

    def emit(self, event: Event) -> None:
        self.events.append(event)


Job = Callable[[Tx], Awaitable[T]]


@dataclass
class _Item(Generic[T]):
    fn: Job[T]
    future: asyncio.Future[T]
    events: list[Event] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None


class Writer:
    def __init__(self, engine: AsyncEngine, bus: EventBus, *, batch_max: int = 256) -> None:
        self._engine = engine
        self._bus = bus
        self._batch_max = batch_max
        self._queue: asyncio.Queue[_Item[Any]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.batches = 0
        self.jobs = 0

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="group-commit-writer")

    async def stop(self) -> None:
        """Finish every queued job, then stop."""
        if self._task is None:
            return
        await self._queue.join()
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def run(self, fn: Job[T]) -> T:
        if self._task is None:
            raise RuntimeError("writer not started")
        fut: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        await self._queue.put(_Item(fn, fut))
        return await fut

    async def _loop(self) -> None:
        while True:
            first = await self._queue.get()
            batch = [first]
            while len(batch) < self._batch_max:
                try:
                    batch.append(self._queue.get_nowait())
                except asyncio.QueueEmpty:
                    break
            try:
                await self._execute(batch)
            except Exception as exc:  # never let the writer die
                log.exception("writer.batch_failed", error=type(exc).__name__)
                for item in batch:
                    if not item.future.done():
                        item.future.set_exception(exc)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _execute(self, batch: list[_Item[Any]]) -> None:
        try:
            await self._commit(batch)
        except (DBAPIError, OSError) as exc:
            if len(batch) == 1:
                item = batch[0]
                item.error = exc
                item.events = []
            else:
                log.warning("writer.batch_retry_alone", size=len(batch), error=type(exc).__name__)
                for item in batch:
                    item.error = None
                    item.events = []
                    await self._execute([item])
                return
        self.batches += 1
        self.jobs += len(batch)
        events: list[Event] = []
        for item in batch:
            if item.error is None:
                events.extend(item.events)
        if events:
            try:
                await self._bus.publish(events)
            except Exception as exc:  # committed already; streams recover with after=
                log.warning("writer.publish_failed", error=type(exc).__name__)
        for item in batch:
            if item.future.done():
                continue
            if item.error is not None:
                item.future.set_exception(item.error)
            else:
                item.future.set_result(item.result)

    async def _commit(self, batch: list[_Item[Any]]) -> None:
        async with self._engine.connect() as conn:
            await conn.begin()
            if len(batch) == 1:
                item = batch[0]
                tx = Tx(conn)
                try:
                    item.result = await item.fn(tx)
                except DBAPIError:
                    await conn.rollback()
                    raise
                except Exception as exc:
                    # A rule was broken: nothing of this job may be committed.
                    item.error = exc
                    await conn.rollback()
                    return
                item.events = tx.events
                await conn.commit()
                return
            for item in batch:
                tx = Tx(conn)
                try:
                    async with conn.begin_nested():
                        item.result = await item.fn(tx)
                    item.events = tx.events
                except Exception as exc:
                    item.error = exc
            await conn.commit()
