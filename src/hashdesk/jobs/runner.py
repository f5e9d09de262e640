"""The job runner: fires timers that are due, including those that came due while down;
delivers approved sensitive actions to the exchange (``jobs.webhooks``); applies the
retention policy (``desk.retention``).

Timers are rows; firing one is a write job through the group-commit writer, so it is
atomic with its effects. On PostgreSQL several runners may poll at once: rows are claimed
with ``FOR UPDATE SKIP LOCKED`` so each timer fires once.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import structlog

from ..desk.notify import emit_case
from ..desk.retention import purge_expired
from ..desk.service import Desk
from ..domain import conversation as machine
from ..domain.events import Event
from ..store import repo
from ..store.db import is_sqlite
from ..store.writer import Tx
from .webhooks import deliver_due_webhooks

log = structlog.get_logger(__name__)


async def fire_due_timers(desk: Desk, *, limit: int = 100) -> int:
    """Fire what is due now; returns how many timers fired."""
    skip_locked = not is_sqlite(desk.settings.effective_database_url)

    def job(tx: Tx) -> int:
        now = desk.clock()
        rows = repo.claim_due_timers(tx.conn, now, limit=limit, skip_locked=skip_locked)
        for row in rows:
            _fire(tx, desk, row)
        return len(rows)

    return await desk.writer.run(job)


def _fire(tx: Tx, desk: Desk, row: Any) -> None:
    now = desk.clock()
    if row.kind == "first_response" and row.case_id:
        found = repo.get_case(tx.conn, row.case_id)
        if found is None:
            return
        case, status = found
        if case.first_responded_at is None and status in ("waiting", "open", "assistant"):
            repo.update_case(tx.conn, case.id, now, breached_at=now)
            log.info("sla.first_response_breached", case_id=case.id, category=case.category)
            emit_case(tx, case.id)
    elif row.kind == "auto_close" and row.conversation_id:
        conv = repo.get_conversation(tx.conn, row.conversation_id)
        if conv is None:
            return
        new = machine.close_if_due(
            conv.status, resolved_at=conv.resolved_at, now=now, reopen_window=desk.reopen_window
        )
        if new != conv.status:
            repo.set_conversation_status(tx.conn, conv.id, new, now)
            tx.emit(Event("status", conv.id, {"status": new}))
            if row.case_id:
                emit_case(tx, row.case_id)
    elif row.kind == "assistant_idle" and row.conversation_id:
        conv = repo.get_conversation(tx.conn, row.conversation_id)
        # Still with the assistant and nothing written since: the customer walked away.
        if conv is not None and conv.status == "assistant" and conv.updated_at <= row.created_at:
            repo.set_conversation_status(tx.conn, conv.id, "resolved", now, resolved_at=now)
            repo.set_resolution(tx.conn, conv.id, "abandoned")
            tx.emit(Event("status", conv.id, {"status": "resolved"}))
            if row.case_id:
                emit_case(tx, row.case_id)
    else:
        log.warning("jobs.unknown_timer", kind=row.kind)


class JobRunner:
    """Three loops: timers, outbox deliveries to the exchange, and the retention policy.

    ``http`` is the client deliveries use; without one, the runner makes (and closes) its own.
    """

    def __init__(self, desk: Desk, *, http: httpx.AsyncClient | None = None) -> None:
        self._desk = desk
        self._http = http
        self._own_http = http is None
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        if self._http is None:
            self._http = httpx.AsyncClient(follow_redirects=False)
        interval = self._desk.settings.timer_poll_seconds
        self._tasks = [
            asyncio.create_task(self._loop(self._fire, interval), name="job-runner"),
            asyncio.create_task(self._loop(self._deliver, interval), name="webhook-sender"),
        ]
        if self._desk.settings.retention_days > 0:
            every = self._desk.settings.retention_interval_minutes * 60
            self._tasks.append(
                asyncio.create_task(self._loop(self._purge, every), name="retention")
            )

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self._own_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    async def _fire(self) -> bool:
        return await fire_due_timers(self._desk) > 0

    async def _deliver(self) -> bool:
        assert self._http is not None
        return await deliver_due_webhooks(self._desk, self._http) > 0

    async def _purge(self) -> bool:
        limit = 500
        done = await purge_expired(self._desk, limit=limit)
        return done is not None and done.conversations >= limit

    async def _loop(self, step: Callable[[], Awaitable[bool]], interval: float) -> None:
        while True:
            try:
                if await step():
                    continue  # more may be due: drain before sleeping
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("jobs.poll_failed", error=type(exc).__name__)
            await asyncio.sleep(interval)
