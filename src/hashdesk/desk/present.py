"""Public JSON shapes (contract.md) of domain objects. Used by the API and by events."""

from __future__ import annotations

from typing import Any

from ..domain.access import CaseScope
from ..domain.model import Agent, Case, Conversation, Customer, Message


def iso(dt: Any) -> str | None:
    return dt.isoformat().replace("+00:00", "Z") if dt is not None else None


def message_public(m: Message) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": m.id,
        "conversation_id": m.conversation_id,
        "seq": m.seq,
        "author": m.author,
        "text": m.text,
        "created_at": iso(m.created_at),
    }
    if m.client_id is not None:
        out["client_id"] = m.client_id
    if m.meta.get("kind"):
        out["kind"] = m.meta["kind"]
    if m.meta.get("agent_name"):
        out["agent"] = {"name": m.meta["agent_name"]}
    if m.internal:
        out["internal"] = True
    return out


def conversation_public(c: Conversation) -> dict[str, Any]:
    return {
        "id": c.id,
        "status": c.status,
        "channel": c.channel,
        "language": c.language,
        "created_at": iso(c.created_at),
        "updated_at": iso(c.updated_at),
    }


def customer_public(c: Customer) -> dict[str, Any]:
    return {
        "id": c.id,
        "account_id": c.account_id,
        "email": c.email,
        "name": c.name,
        "tier": c.tier,
        "language": c.language,
        "anonymous": c.anonymous,
    }


def agent_public(a: Agent) -> dict[str, Any]:
    return {
        "id": a.id,
        "email": a.email,
        "name": a.name,
        "role": a.role,
        "teams": sorted(a.teams),
        "languages": sorted(a.languages),
    }


def case_public(c: Case, status: str, assignee: Agent | None = None) -> dict[str, Any]:
    return {
        "id": c.id,
        "conversation_id": c.conversation_id,
        "category": c.category,
        "priority": c.priority,
        "language": c.language,
        "status": status,
        "team": c.team,
        "vip": c.vip,
        "assignee": (
            {"id": assignee.id, "name": assignee.name, "email": assignee.email}
            if assignee is not None
            else ({"id": c.assignee_id} if c.assignee_id else None)
        ),
        "escalated_to": c.escalated_to,
        "first_response_due": iso(c.first_response_due),
        "first_responded_at": iso(c.first_responded_at),
        "first_response_breached_at": iso(c.breached_at),
        "created_at": iso(c.created_at),
        "summary": c.summary,
    }


def scope_of(c: Case) -> CaseScope:
    return CaseScope(case_id=c.id, team=c.team, vip=c.vip, assignee_id=c.assignee_id)
