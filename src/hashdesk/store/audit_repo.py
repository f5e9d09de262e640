"""Audit log storage: append under a lock (inside the caller's transaction), page, walk.

Appends are serialised: SQLite's writer already holds the database's write lock
(``BEGIN IMMEDIATE``); on PostgreSQL every append takes a transaction-level advisory lock,
so appends from several nodes chain one after the other. The lock is released when the
caller's transaction ends, so the entry commits (or not) together with the action.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Connection

from ..domain.audit import GENESIS, Actor, AuditEntry, check_details, entry_hash
from .tables import audit_head, audit_log

log = structlog.get_logger(__name__)

# pg_advisory_xact_lock key of the audit chain ("hdaudit" in ASCII).
AUDIT_LOCK_KEY = 0x68646175646974
_HEAD_ID = 1


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=int(row.id),
        at=row.at,
        actor=Actor(row.actor_kind, row.actor_id),
        action=row.action,
        target_kind=row.target_kind,
        target_id=row.target_id,
        details=dict(row.details or {}),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def lock_chain(conn: Connection) -> None:
    """Serialise appends across nodes (PostgreSQL); a no-op on SQLite's single writer."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})


def head(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute(
        sa.select(audit_head.c.last_id, audit_head.c.hash).where(audit_head.c.id == _HEAD_ID)
    ).first()
    return (int(row.last_id), row.hash) if row else None


def append(
    conn: Connection,
    *,
    at: datetime,
    actor: Actor,
    action: str,
    target_kind: str | None = None,
    target_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    clean = check_details(details or {})
    lock_chain(conn)
    current = head(conn)
    if current is None:
        last = conn.execute(
            sa.select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
        ).first()
        if last is not None:
            # Someone deleted the head. Keep appending (refusing would stop the desk);
            # `hashdesk audit verify` reports the chain as it stands.
            log.error("audit.head_missing", last_id=last.id)
        current = (int(last.id), last.hash) if last else (0, GENESIS)
        had_head = False
    else:
        had_head = True
    new_id, prev = current[0] + 1, current[1]
    fields: dict[str, Any] = {
        "id": new_id,
        "at": at,
        "actor": actor,
        "action": action,
        "target_kind": target_kind,
        "target_id": target_id,
        "details": clean,
        "prev_hash": prev,
    }
    digest = entry_hash(**fields)
    conn.execute(
        audit_log.insert().values(
            id=new_id,
            at=at,
            actor_kind=actor.kind,
            actor_id=actor.id,
            action=action,
            target_kind=target_kind,
            target_id=target_id,
            details=clean,
            prev_hash=prev,
            hash=digest,
        )
    )
    if had_head:
        conn.execute(
            audit_head.update()
            .where(audit_head.c.id == _HEAD_ID)
            .values(last_id=new_id, hash=digest, updated_at=at)
        )
    else:
        conn.execute(
            audit_head.insert().values(id=_HEAD_ID, last_id=new_id, hash=digest, updated_at=at)
        )
    fields.pop("actor")
    return AuditEntry(actor=actor, hash=digest, **fields)


def list_entries(
    conn: Connection,
    *,
    limit: int,
    before: int | None = None,
    action: str | None = None,
    target_id: str | None = None,
) -> list[AuditEntry]:
    """Newest first."""
    q = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if before is not None:
        q = q.where(audit_log.c.id < before)
    if action:
        q = q.where(audit_log.c.action == action)
    if target_id:
        q = q.where(audit_log.c.target_id == target_id)
    return [_entry(r) for r in conn.execute(q).all()]


def last_of(conn: Connection, action: str) -> AuditEntry | None:
    found = list_entries(conn, limit=1, action=action)
    return found[0] if found else None


def walk(conn: Connection, *, page: int = 2000) -> Iterator[AuditEntry]:
    """Every entry in id order, a page at a time (keyset pagination)."""
    after = -1
    while True:
        rows = conn.execute(
            sa.select(audit_log).where(audit_log.c.id > after).order_by(audit_log.c.id).limit(page)
        ).all()
        for r in rows:
            yield _entry(r)
        if len(rows) < page:
            return
        after = int(rows[-1].id)
