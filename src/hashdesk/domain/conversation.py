"""The conversation status machine of contract.md.

``assistant`` → (handoff) ``waiting`` → (claim) ``open`` ⇄ ``pending_customer``
→ (resolve) ``resolved`` → (reopen window passes) ``closed``.
A customer message reopens a resolved conversation within the reopen window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .model import Conflict

STATUSES = ("assistant", "waiting", "open", "pending_customer", "resolved", "closed")
ACTIVE = frozenset({"assistant", "waiting", "open", "pending_customer"})


def after_customer_message(
    status: str,
    *,
    assigned: bool,
    resolved_at: datetime | None,
    now: datetime,
    reopen_window: timedelta,
) -> str:
    """Status after the customer writes."""
    if status == "closed":
        raise Conflict("this conversation is closed; open a new one", code="conversation_closed")
    if status == "resolved":
        if resolved_at is not None and now - resolved_at > reopen_window:
            raise Conflict(
                "this conversation is closed; open a new one", code="conversation_closed"
            )
        return "open" if assigned else "waiting"
    if status == "pending_customer":
        return "open"
    return status


def after_handoff(status: str) -> str:
    if status in ("assistant", "resolved"):
        return "waiting"
    if status == "closed":
        raise Conflict("this conversation is closed; open a new one", code="conversation_closed")
    return status


def after_claim(status: str) -> str:
    if status in ("resolved", "closed"):
        raise Conflict(f"a {status} case cannot be claimed", code="case_not_active")
    if status in ("assistant", "waiting", "pending_customer"):
        return "open"
    return status


def after_agent_message(status: str) -> str:
    if status == "closed":
        raise Conflict("this conversation is closed", code="conversation_closed")
    return "pending_customer"


def after_resolve(status: str) -> str:
    if status == "closed":
        raise Conflict("this conversation is already closed", code="conversation_closed")
    return "resolved"


def close_if_due(
    status: str, *, resolved_at: datetime | None, now: datetime, reopen_window: timedelta
) -> str:
    if status == "resolved" and resolved_at is not None and now - resolved_at >= reopen_window:
        return "closed"
    return status
