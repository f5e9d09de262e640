"""Privacy retention (``HASHDESK_RETENTION_DAYS``): the content of conversations closed longer
ago than the retention period is removed; counts, categories and timestamps stay.

One run is one write job — the purge and its audit entry commit together. A run handles at
most ``limit`` conversations; the job runner runs again at once while a run comes back full.
"""

from __future__ import annotations

from datetime import timedelta

from ..domain.audit import Actor
from ..store import retention_repo
from ..store.db import is_sqlite
from ..store.retention_repo import Purged
from ..store.writer import Tx
from . import audit
from .service import Desk

MARKER = "[removed: the retention period for this conversation has ended]"


async def purge_expired(desk: Desk, *, limit: int = 500) -> Purged | None:
    """Apply the retention policy once; None when it is off (0 days)."""
    days = desk.settings.retention_days
    if days <= 0:
        return None
    skip_locked = not is_sqlite(desk.settings.effective_database_url)

    def job(tx: Tx) -> Purged:
        now = desk.clock()
        cutoff = now - timedelta(days=days)
        rows = retention_repo.expired_conversations(
            tx.conn, cutoff, limit=limit, skip_locked=skip_locked
        )
        done = retention_repo.purge(tx.conn, rows, now=now, marker=MARKER)
        audit.record(
            tx,
            now,
            Actor("system", "retention"),
            "retention.purged",
            retention_days=days,
            cutoff=cutoff.isoformat(),
            conversations=done.conversations,
            messages=done.messages,
            customers=done.customers,
        )
        return done

    return await desk.writer.run(job)
