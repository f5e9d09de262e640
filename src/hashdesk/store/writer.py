"""Group commit: many use-case transactions share one database commit.

All writes go through one thread that owns a synchronous SQLAlchemy engine. A job is a
plain function of a ``Tx``; the thread takes every job queued, runs each inside a
SAVEPOINT of one shared transaction (so a failing job does not undo its neighbours),
commits once, and only then hands results back to the event loop, where the events are
published and the callers' futures resolved (the HTTP 201 goes out after the commit).

Why a thread with a sync driver, not the async driver: an async SQLite driver crosses
threads for every statement (execute, fetch, close); a customer message is about ten
statements, and under load those hops, not SQLite, were the cost (~100 msg/s measured).
One hop per *batch* keeps the event loop free and the write path at thousands per second.

If the commit itself fails (a deadlock on PostgreSQL, a full disk), every job of the batch
is retried alone, so a job is acknowledged if and only if its own commit succeeded.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import structlog
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ..bus.base import EventBus
from ..domain.events import Event

T = TypeVar("T")
log = structlog.get_logger(__name__)


class Tx:
    """What a job gets: the connection of the shared transaction and an event collector."""

    __slots__ = ("conn", "events")

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.events: list[Event] = []

    def emit(self, event: Event) -> None:
        self.events.append(event)


Job = Callable[[Tx], T]


@dataclass
class _Item(Generic[T]):
    fn: Job[T]
    future: asyncio.Future[T]
    events: list[Event] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None


_STOP = object()
_TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock, serialization failure


def _transient(exc: BaseException) -> bool:
    if not isinstance(exc, DBAPIError):
        return False
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return code in _TRANSIENT_SQLSTATES


class Writer:
    def __init__(self, engine: Engine, bus: EventBus, *, batch_max: int = 256) -> None:
        self._engine = engine
        self._bus = bus
        self._batch_max = batch_max
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outbox: asyncio.Queue[list[_Item[Any]]] | None = None
        self._publisher: asyncio.Task[None] | None = None
        self.batches = 0
        self.jobs = 0

    @property
    def engine(self) -> Engine:
        return self._engine

    async def start(self) -> None:
        if self._thread is None:
            self._loop = asyncio.get_running_loop()
            self._outbox = asyncio.Queue()
            self._publisher = asyncio.create_task(self._publish_loop(), name="writer-publisher")
            self._thread = threading.Thread(
                target=self._run_thread, name="group-commit-writer", daemon=True
            )
            self._thread.start()

    async def stop(self) -> None:
        """Finish every queued job, then stop."""
        if self._thread is None:
            return
        self._queue.put(_STOP)
        await asyncio.to_thread(self._thread.join)
        self._thread = None
        assert self._outbox is not None and self._publisher is not None
        await self._outbox.join()
        self._publisher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._publisher
        self._engine.dispose()

    async def run(self, fn: Job[T]) -> T:
        if self._thread is None or self._loop is None:
            raise RuntimeError("writer not started")
        fut: asyncio.Future[T] = self._loop.create_future()
        self._queue.put(_Item(fn, fut))
        return await fut

    # ---- the writer thread ---------------------------------------------------------------
    def _run_thread(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            batch = [first]
            stop = False
            while len(batch) < self._batch_max:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            try:
                self._execute(batch)
            except Exception as exc:  # never let the writer die
                log.error("writer.batch_failed", error=type(exc).__name__)
                for item in batch:
                    item.error = exc
                    item.events = []
            self.batches += 1
            self.jobs += len(batch)
            assert self._loop is not None
            with contextlib.suppress(RuntimeError):  # loop closed at shutdown
                self._loop.call_soon_threadsafe(self._finish, batch)
            if stop:
                return

    def _execute(self, batch: list[_Item[Any]]) -> None:
        self._execute_once(batch)
        # A deadlock or serialisation failure (PostgreSQL, several nodes) is nobody's fault:
        # run those jobs again, alone, a few times before reporting the error.
        for _ in range(3):
            retry = [i for i in batch if i.error is not None and _transient(i.error)]
            if not retry:
                return
            for item in retry:
                item.error = None
                item.result = None
                item.events = []
                self._execute_once([item])

    def _execute_once(self, batch: list[_Item[Any]]) -> None:
        try:
            self._commit(batch)
        except (DBAPIError, OSError) as exc:
            if len(batch) == 1:
                batch[0].error = exc
                batch[0].events = []
                return
            log.warning("writer.batch_retry_alone", size=len(batch), error=type(exc).__name__)
            for item in batch:
                item.error = None
                item.result = None
                item.events = []
                self._execute_once([item])

    def _commit(self, batch: list[_Item[Any]]) -> None:
        with self._engine.connect() as conn:
            conn.begin()
            if len(batch) == 1:
                item = batch[0]
                tx = Tx(conn)
                try:
                    item.result = item.fn(tx)
                except DBAPIError:
                    conn.rollback()
                    raise
                except Exception as exc:
                    # A rule was broken: nothing of this job may be committed.
                    item.error = exc
                    conn.rollback()
                    return
                item.events = tx.events
                conn.commit()
                return
            for item in batch:
                tx = Tx(conn)
                try:
                    with conn.begin_nested():
                        item.result = item.fn(tx)
                    item.events = tx.events
                except Exception as exc:
                    item.error = exc
                    item.events = []
            conn.commit()

    # ---- back on the event loop ------------------------------------------------------------
    def _finish(self, batch: list[_Item[Any]]) -> None:
        assert self._outbox is not None
        self._outbox.put_nowait(batch)

    async def _publish_loop(self) -> None:
        """Publish batches strictly in commit order, then answer their callers."""
        assert self._outbox is not None
        while True:
            batch = await self._outbox.get()
            events = [e for item in batch if item.error is None for e in item.events]
            if events:
                try:
                    await self._bus.publish(events)
                except Exception as exc:  # committed already; streams recover with after=
                    log.warning("writer.publish_failed", error=type(exc).__name__)
            self._resolve(batch)
            self._outbox.task_done()

    @staticmethod
    def _resolve(batch: list[_Item[Any]]) -> None:
        for item in batch:
            if item.future.done():
                continue
            if item.error is not None:
                item.future.set_exception(item.error)
            else:
                item.future.set_result(item.result)
