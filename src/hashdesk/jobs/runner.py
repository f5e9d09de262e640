"""The job runner: fires timers that are due, including those that came due while down.

Timers are rows; firing one is a write job through the group-commit writer, so it is
atomic with its effects. On PostgreSQL several runners may poll at once: rows are claimed
with ``FOR UPDATE SKIP LOCKED`` so each timer fires once.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import structlog

from ..desk.notify import emit_case
from ..desk.service import Desk
from ..domain import conversation as machine
from ..domain.events import Event
from ..store import repo
from ..store.db import is_sqlite
from ..store.writer import Tx

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
    else:
        log.warning("jobs.unknown_timer", kind=row.kind)


class JobRunner:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="job-runner")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _loop(self) -> None:
        interval = self._desk.settings.timer_poll_seconds
        while True:
            try:
                fired = await fire_due_timers(self._desk)
                if fired:
                    continue  # more may be due: drain before sleeping
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("jobs.poll_failed", error=type(exc).__name__)
            await asyncio.sleep(interval)
