"""Sensitive actions (four-eyes requests) and the outbox that carries approved ones to the
exchange's back end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..domain.actions import SensitiveAction
from .tables import sensitive_actions, webhook_outbox

_COLUMNS = [*sensitive_actions.c, *(c.label(f"ob_{c.name}") for c in webhook_outbox.c)]


def _action(row: Any) -> SensitiveAction:
    delivery: dict[str, Any] = {}
    if row.ob_id is not None:
        delivery = {
            "status": row.ob_status,
            "attempts": row.ob_attempts,
            "next_attempt_at": row.ob_next_attempt_at if row.ob_status == "pending" else None,
            "last_status": row.ob_last_status,
            "last_error": row.ob_last_error,
            "delivered_at": row.ob_delivered_at,
        }
    return SensitiveAction(
        id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        account_id=row.account_id,
        reason=row.reason,
        params=dict(row.params or {}),
        urgent=bool(row.urgent),
        status=row.status,
        requested_by_kind=row.requested_by_kind,
        requested_by=row.requested_by,
        requested_at=row.requested_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        decision_note=row.decision_note,
        delivery=delivery,
    )


def _select() -> sa.Select[Any]:
    return sa.select(*_COLUMNS).select_from(
        sensitive_actions.outerjoin(
            webhook_outbox, webhook_outbox.c.action_id == sensitive_actions.c.id
        )
    )


def insert_action(conn: Connection, a: SensitiveAction) -> None:
    conn.execute(
        sensitive_actions.insert().values(
            id=a.id,
            case_id=a.case_id,
            kind=a.kind,
            account_id=a.account_id,
            reason=a.reason,
            params=a.params,
            urgent=a.urgent,
            status=a.status,
            requested_by_kind=a.requested_by_kind,
            requested_by=a.requested_by,
            requested_at=a.requested_at,
        )
    )


def get_action(conn: Connection, action_id: str) -> SensitiveAction | None:
    row = conn.execute(_select().where(sensitive_actions.c.id == action_id)).first()
    return _action(row) if row else None


def find_pending(conn: Connection, account_id: str, kind: str) -> SensitiveAction | None:
    q = _select().where(
        sensitive_actions.c.account_id == account_id,
        sensitive_actions.c.kind == kind,
        sensitive_actions.c.status == "pending",
    )
    row = conn.execute(q.limit(1)).first()
    return _action(row) if row else None


def list_actions(
    conn: Connection,
    *,
    statuses: Sequence[str] | None = None,
    case_id: str | None = None,
    limit: int = 200,
) -> list[SensitiveAction]:
    """Urgent first, then oldest first: the approval queue's order."""
    q = _select()
    if statuses:
        q = q.where(sensitive_actions.c.status.in_(list(statuses)))
    if case_id is not None:
        q = q.where(sensitive_actions.c.case_id == case_id)
    q = q.order_by(
        sensitive_actions.c.urgent.desc(),
        sensitive_actions.c.requested_at.asc(),
        sensitive_actions.c.id,
    ).limit(limit)
    return [_action(r) for r in conn.execute(q).all()]


def decide(
    conn: Connection,
    action_id: str,
    *,
    status: str,
    by: str,
    at: datetime,
    note: str | None,
) -> bool:
    """Pending → ``status``; False if someone decided first (the update is the check)."""
    result = conn.execute(
        sensitive_actions.update()
        .where(sensitive_actions.c.id == action_id, sensitive_actions.c.status == "pending")
        .values(status=status, decided_by=by, decided_at=at, decision_note=note)
    )
    return result.rowcount == 1


# ---- outbox ------------------------------------------------------------------------------
def enqueue_webhook(conn: Connection, action_id: str, body: str, now: datetime) -> None:
    conn.execute(
        webhook_outbox.insert().values(
            action_id=action_id,
            body=body,
            status="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )


def claim_due_webhooks(
    conn: Connection, now: datetime, *, lease_until: datetime, limit: int, skip_locked: bool
) -> list[Any]:
    """Take due deliveries: count the attempt and lease them (a crashed sender's lease
    runs out and another runner retries). Returns the claimed rows as they were."""
    q = (
        sa.select(webhook_outbox)
        .where(webhook_outbox.c.status == "pending", webhook_outbox.c.next_attempt_at <= now)
        .order_by(webhook_outbox.c.next_attempt_at, webhook_outbox.c.id)
        .limit(limit)
    )
    if skip_locked:
        q = q.with_for_update(skip_locked=True)
    rows = conn.execute(q).all()
    if rows:
        conn.execute(
            webhook_outbox.update()
            .where(webhook_outbox.c.id.in_([r.id for r in rows]))
            .values(attempts=webhook_outbox.c.attempts + 1, next_attempt_at=lease_until)
        )
    return list(rows)


def webhook_delivered(
    conn: Connection, outbox_id: int, *, at: datetime, status_code: int | None
) -> None:
    conn.execute(
        webhook_outbox.update()
        .where(webhook_outbox.c.id == outbox_id)
        .values(status="delivered", delivered_at=at, last_status=status_code, last_error=None)
    )


def webhook_failed(
    conn: Connection,
    outbox_id: int,
    *,
    status_code: int | None,
    error: str,
    retry_at: datetime | None,
) -> None:
    """One failed attempt: retry at ``retry_at``, or give up (None)."""
    values: dict[str, Any] = {"last_status": status_code, "last_error": error[:200]}
    if retry_at is None:
        values["status"] = "failed"
    else:
        values["next_attempt_at"] = retry_at
    conn.execute(webhook_outbox.update().where(webhook_outbox.c.id == outbox_id).values(**values))
