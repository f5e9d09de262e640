"""Retention: empty conversations that closed long enough ago, keep the aggregates.

What goes: message text (replaced by a marker) and message metadata, case evidence and
summary, the reasons and parameters of decided sensitive actions and their delivered
webhook bodies, where a reported impersonation was seen, and the customer's e-mail and
name once none of their conversations still holds content. What stays: every row, its
timestamps, statuses, categories, priorities, teams and counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .tables import (
    cases,
    conversations,
    customers,
    messages,
    sensitive_actions,
    trust_reports,
    webhook_outbox,
)

_CLOSED_AT = sa.func.coalesce(conversations.c.closed_at, conversations.c.updated_at)


@dataclass(frozen=True, slots=True)
class Purged:
    conversations: int
    messages: int
    customers: int


def expired_conversations(
    conn: Connection, cutoff: datetime, *, limit: int, skip_locked: bool
) -> list[Any]:
    """Closed before ``cutoff`` and not yet purged: (id, customer_id) rows, oldest first."""
    q = (
        sa.select(conversations.c.id, conversations.c.customer_id)
        .where(
            conversations.c.status == "closed",
            conversations.c.purged_at.is_(None),
            _CLOSED_AT < cutoff,
        )
        .order_by(_CLOSED_AT)
        .limit(limit)
    )
    if skip_locked:
        q = q.with_for_update(skip_locked=True)
    return list(conn.execute(q).all())


def purge(conn: Connection, rows: list[Any], *, now: datetime, marker: str) -> Purged:
    conv_ids = [r.id for r in rows]
    customer_ids = sorted({r.customer_id for r in rows})
    if not conv_ids:
        return Purged(0, 0, 0)
    msg_count = conn.execute(
        messages.update()
        .where(messages.c.conversation_id.in_(conv_ids))
        .values(text=marker, meta=None)
    ).rowcount
    case_ids = sa.select(cases.c.id).where(cases.c.conversation_id.in_(conv_ids))
    conn.execute(
        cases.update()
        .where(cases.c.conversation_id.in_(conv_ids))
        .values(evidence=[], summary=None)
    )
    decided = sa.and_(
        sensitive_actions.c.case_id.in_(case_ids), sensitive_actions.c.status != "pending"
    )
    action_ids = sa.select(sensitive_actions.c.id).where(decided)
    conn.execute(
        webhook_outbox.update()
        .where(webhook_outbox.c.action_id.in_(action_ids), webhook_outbox.c.status != "pending")
        .values(body="{}")
    )
    conn.execute(
        sensitive_actions.update()
        .where(decided)
        .values(reason=marker, params={}, decision_note=None)
    )
    conn.execute(
        trust_reports.update()
        .where(trust_reports.c.conversation_id.in_(conv_ids))
        .values(seen_where=None)
    )
    conn.execute(
        conversations.update().where(conversations.c.id.in_(conv_ids)).values(purged_at=now)
    )
    # A customer keeps their e-mail and name while any conversation still holds content.
    still_needed = (
        sa.select(conversations.c.id)
        .where(conversations.c.customer_id == customers.c.id, conversations.c.purged_at.is_(None))
        .exists()
    )
    cust_count = conn.execute(
        customers.update()
        .where(
            customers.c.id.in_(customer_ids),
            ~still_needed,
            sa.or_(customers.c.email.is_not(None), customers.c.name.is_not(None)),
        )
        .values(email=None, name=None)
    ).rowcount
    return Purged(len(conv_ids), int(msg_count), int(cust_count))
